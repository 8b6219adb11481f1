package org.puente.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The three agencies' identity providers for tests, on 127.0.0.1, laid out as Keycloak lays out a
 * realm: for each realm ({@code pa-snm}, {@code us-dhs}, {@code us-dos}, each with its own key)
 * {@code /realms/<realm>/protocol/openid-connect/certs} (its JWKS) and {@code .../token} (the
 * client credentials grant: a service that authenticates with its client id and {@link #SECRET}
 * gets a token of its service account, {@code service-account-<client>}, role {@code service},
 * {@code azp} the client, the realm's agency). Services verify against it exactly as against
 * Keycloak.
 *
 * <p>A portal signs its people in at {@code .../auth} with the authorization-code flow (PKCE S256,
 * as the gateway requires it): a person the realm knows ({@link #person}) is named by the standard
 * {@code login_hint} parameter, where Keycloak would show its login form, and is sent back to the
 * portal with a one-time code; the token endpoint exchanges it, for the client that asked and with
 * the verifier of its challenge only, for the person's access token and an ID token addressed to
 * the client.
 *
 * <p>One per test JVM ({@link #shared()}), since {@link TestTokens} signs for its issuers.
 */
public final class TestTokenEndpoint {

  public static final String SECRET = "test-only-service-secret";

  /** The realm of each agency: realm name by agency code. */
  public static final Map<String, String> REALMS =
      Map.of("PA-SNM", "pa-snm", "US-DHS", "us-dhs", "US-DOS", "us-dos");

  private static TestTokenEndpoint shared;

  private final HttpServer server;
  private final Map<String, String> agencyByClient = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> issued = new ConcurrentHashMap<>();
  private final Map<String, Supplier<TestTokens>> people = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final AtomicInteger keyFetches = new AtomicInteger();

  private TestTokenEndpoint(HttpServer server) {
    this.server = server;
  }

  /** The test JVM's issuers, started on first use on a free port of 127.0.0.1. */
  public static synchronized TestTokenEndpoint shared() {
    if (shared == null) {
      try {
        HttpServer server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestTokenEndpoint endpoint = new TestTokenEndpoint(server);
        server.createContext("/realms/", endpoint::realm);
        server.start();
        shared = endpoint;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** Lets {@code clientId} (with {@link #SECRET}) obtain tokens at {@code agency}'s realm. */
  public TestTokenEndpoint client(String clientId, String agency) {
    agencyByClient.put(clientId, agency);
    return this;
  }

  /**
   * A person who can sign in at their agency's realm (the agency the tokens name): {@code tokens}
   * makes their access token as it is, and their ID token with {@code typ} ID and the client as
   * audience.
   */
  public TestTokenEndpoint person(String username, Supplier<TestTokens> tokens) {
    people.put(username, tokens);
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The issuer URL of an agency's realm. */
  public String issuer(String agency) {
    String realm = REALMS.get(agency);
    if (realm == null) {
      throw new IllegalArgumentException("no realm for agency " + agency);
    }
    return url() + "/realms/" + realm;
  }

  /**
   * What a deployment sets to trust the three realms (the {@code TRUST_*_ISSUER} variables), as
   * properties: for a {@code @QuarkusTest} resource or a process's environment.
   */
  public Map<String, String> trustConfig() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("TRUST_PA_SNM_ISSUER", issuer("PA-SNM"));
    config.put("TRUST_US_DHS_ISSUER", issuer("US-DHS"));
    config.put("TRUST_US_DOS_ISSUER", issuer("US-DOS"));
    return config;
  }

  /**
   * What a gateway of {@code agency} is given: the three realms trusted, and its portal's login at
   * its own realm, whose pages are named (this test realm publishes no discovery document for the
   * code flow), including where to sign out. The client secret is {@link #SECRET}.
   */
  public Map<String, String> gatewayConfig(String agency) {
    Map<String, String> config = trustConfig();
    config.put("OIDC_ISSUER", issuer(agency));
    config.put("PUENTE_AGENCY", agency);
    config.put("OIDC_CLIENT_ID", "puente-gateway");
    config.put("OIDC_CLIENT_SECRET", SECRET);
    config.put("quarkus.oidc.discovery-enabled", "false");
    config.put("quarkus.oidc.jwks-path", "/protocol/openid-connect/certs");
    config.put("quarkus.oidc.token.issuer", issuer(agency));
    config.put("quarkus.oidc.authorization-path", "/protocol/openid-connect/auth");
    config.put("quarkus.oidc.token-path", "/protocol/openid-connect/token");
    config.put("quarkus.oidc.end-session-path", "/protocol/openid-connect/logout");
    return config;
  }

  /** A service's own identity at its agency's realm: where and how it gets its tokens. */
  public Map<String, String> clientConfig(String clientId, String agency) {
    client(clientId, agency);
    Map<String, String> config = new LinkedHashMap<>();
    config.put("quarkus.oidc-client.auth-server-url", issuer(agency));
    config.put("quarkus.oidc-client.client-id", clientId);
    config.put("quarkus.oidc-client.credentials.secret", SECRET);
    return config;
  }

  /** How many tokens {@code clientId} was given. */
  public int issuedTo(String clientId) {
    return issued.getOrDefault(clientId, new AtomicInteger()).get();
  }

  /** How many times a realm's keys were fetched: verification must not fetch them per request. */
  public int keyFetches() {
    return keyFetches.get();
  }

  private void realm(HttpExchange exchange) throws IOException {
    String[] parts = exchange.getRequestURI().getPath().split("/", 4);
    // "", "realms", "<realm>", "<rest>"
    String realm = parts.length > 2 ? parts[2] : "";
    String rest = parts.length > 3 ? parts[3] : "";
    String agency =
        REALMS.entrySet().stream()
            .filter(e -> e.getValue().equals(realm))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (agency == null) {
      send(exchange, 404, "{\"error\":\"Realm does not exist\"}");
      return;
    }
    String issuer = url() + "/realms/" + realm;
    switch (rest) {
      case ".well-known/openid-configuration" ->
          send(
              exchange,
              200,
              "{\"issuer\":\""
                  + issuer
                  + "\",\"jwks_uri\":\""
                  + issuer
                  + "/protocol/openid-connect/certs\",\"token_endpoint\":\""
                  + issuer
                  + "/protocol/openid-connect/token\"}");
      case "protocol/openid-connect/certs" -> {
        keyFetches.incrementAndGet();
        send(exchange, 200, TestTokens.jwks(realm));
      }
      case "protocol/openid-connect/auth" -> authorize(exchange, realm);
      case "protocol/openid-connect/token" -> token(exchange, agency, realm);
      default -> send(exchange, 404, "{}");
    }
  }

  /** A code handed out: for whom, at which realm, to which client and address, with what PKCE. */
  private record Grant(
      String username, String realm, String clientId, String redirectUri, String challenge) {}

  /**
   * The authorization endpoint: the person named by {@code login_hint}, if this realm knows them,
   * goes back to the client's address with a code and the client's state; anything else is a 400
   * page, as Keycloak answers a request it cannot serve.
   */
  private void authorize(HttpExchange exchange, String realm) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    Map<String, String> params = form(query == null ? "" : query);
    String username = params.getOrDefault("login_hint", "");
    Supplier<TestTokens> person = people.get(username);
    String redirect = params.get("redirect_uri");
    String challenge = params.get("code_challenge");
    if (person == null
        || !realm.equals(person.get().signer())
        || !"code".equals(params.get("response_type"))
        || params.get("client_id") == null
        || redirect == null
        || challenge == null
        || !"S256".equals(params.get("code_challenge_method"))) {
      send(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, new Grant(username, realm, params.get("client_id"), redirect, challenge));
    String state = params.get("state");
    String location =
        redirect
            + (redirect.contains("?") ? "&" : "?")
            + "code="
            + code
            + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange, String realmAgency, String realm) throws IOException {
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String clientId = form.get("client_id");
    String secret = form.get("client_secret");
    String basic = exchange.getRequestHeaders().getFirst("Authorization");
    if (basic != null && basic.startsWith("Basic ")) {
      String[] pair =
          new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
              .split(":", 2);
      clientId = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
      secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
    }
    if ("authorization_code".equals(form.get("grant_type"))) {
      exchangeCode(exchange, form, clientId, secret, realm);
      return;
    }
    String agency = clientId == null ? null : agencyByClient.get(clientId);
    if (!"client_credentials".equals(form.get("grant_type"))
        || !realmAgency.equals(agency)
        || !SECRET.equals(secret)) {
      send(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    issued.computeIfAbsent(clientId, c -> new AtomicInteger()).incrementAndGet();
    String token = TestTokens.client(clientId).agency(agency).token();
    send(
        exchange,
        200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  /**
   * A code for tokens: once only, at the realm that issued it, by the client it was issued to (with
   * the secret) for the same address, and with the verifier whose S256 is the challenge.
   */
  private void exchangeCode(
      HttpExchange exchange, Map<String, String> form, String clientId, String secret, String realm)
      throws IOException {
    Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
    if (grant == null
        || !grant.realm().equals(realm)
        || !grant.clientId().equals(clientId)
        || !SECRET.equals(secret)
        || !grant.redirectUri().equals(form.get("redirect_uri"))
        || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
      send(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    Supplier<TestTokens> person = people.get(grant.username());
    String access = person.get().token();
    String id = person.get().type("ID").audience(clientId).token();
    send(
        exchange,
        200,
        "{\"access_token\":\""
            + access
            + "\",\"id_token\":\""
            + id
            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  private static String s256(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> values = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        values.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
