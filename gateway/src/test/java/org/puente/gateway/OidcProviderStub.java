package org.puente.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.puente.testing.TestTokens;

/**
 * A small OpenID Connect provider on 127.0.0.1 for the code flow: discovery, keys, an authorization
 * endpoint that signs in the user named in {@code login_hint} (default "portal-user") and redirects
 * back with a code, and a token endpoint that exchanges the code for an ID token and an access
 * token signed with the test key. The issuer is {@link TestTokens#ISSUER}, so bearer tokens minted
 * by the tests are accepted too.
 */
public class OidcProviderStub implements QuarkusTestResourceLifecycleManager {

  static final String CLIENT_ID = "puente-gateway";
  static final String CLIENT_SECRET = "test-secret";

  private static final Map<String, String> CODES = new ConcurrentHashMap<>();
  private static final List<String> ACCESS_TOKENS = new CopyOnWriteArrayList<>();
  private HttpServer server;

  /** The access tokens the provider issued, in order. */
  public static List<String> issuedAccessTokens() {
    return ACCESS_TOKENS;
  }

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/puente";
    server.createContext(
        "/realms/puente/.well-known/openid-configuration",
        x ->
            send(
                x,
                200,
                "application/json",
                "{\"issuer\":\""
                    + TestTokens.ISSUER
                    + "\",\"authorization_endpoint\":\""
                    + base
                    + "/auth\",\"token_endpoint\":\""
                    + base
                    + "/token\",\"jwks_uri\":\""
                    + base
                    + "/certs\",\"response_types_supported\":[\"code\"],"
                    + "\"subject_types_supported\":[\"public\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
    server.createContext(
        "/realms/puente/certs", x -> send(x, 200, "application/json", TestTokens.jwks()));
    server.createContext(
        "/realms/puente/auth",
        x -> {
          Map<String, String> q = form(x.getRequestURI().getRawQuery());
          String code = UUID.randomUUID().toString();
          CODES.put(code, q.getOrDefault("login_hint", "portal-user"));
          String location =
              q.get("redirect_uri")
                  + (q.get("redirect_uri").contains("?") ? "&" : "?")
                  + "code="
                  + code
                  + "&state="
                  + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
          x.getResponseHeaders().add("Location", location);
          send(x, 302, "text/plain", "");
        });
    server.createContext(
        "/realms/puente/token",
        x -> {
          Map<String, String> f =
              form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          String user = CODES.remove(f.getOrDefault("code", ""));
          if (user == null || !"authorization_code".equals(f.get("grant_type"))) {
            send(x, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
          }
          TestTokens who = TestTokens.user(user).agency("PA-SNM").roles("supervisor");
          String access = who.token();
          ACCESS_TOKENS.add(access);
          String id =
              TestTokens.user(user)
                  .agency("PA-SNM")
                  .roles("supervisor")
                  .audience(CLIENT_ID)
                  .type("ID")
                  .token();
          send(
              x,
              200,
              "application/json",
              "{\"access_token\":\""
                  + access
                  + "\",\"id_token\":\""
                  + id
                  + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
    server.start();
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.oidc.auth-server-url", base);
    config.put("quarkus.oidc.client-id", CLIENT_ID);
    config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
    config.put("quarkus.oidc.token.audience", "puente," + CLIENT_ID);
    return config;
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      values.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return values;
  }

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(bytes);
      }
    }
    x.close();
  }
}
