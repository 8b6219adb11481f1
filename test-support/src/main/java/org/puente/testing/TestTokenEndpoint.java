package org.puente.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token endpoint on 127.0.0.1 for the client credentials grant, as an issuer serves it: a service
 * that authenticates with its client id and secret gets an access token of its service account
 * ({@code service-account-<client>}, role {@code service}, the agency configured for it), signed by
 * {@link TestTokens}. Also serves the JWKS, so services can verify against it like an issuer.
 */
public final class TestTokenEndpoint implements AutoCloseable {

  public static final String SECRET = "test-only-service-secret";

  private final HttpServer server;
  private final Map<String, String> agencyByClient = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> issued = new ConcurrentHashMap<>();

  private TestTokenEndpoint(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free port of 127.0.0.1. */
  public static TestTokenEndpoint start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      TestTokenEndpoint endpoint = new TestTokenEndpoint(server);
      server.createContext("/token", endpoint::token);
      server.createContext("/jwks", exchange -> send(exchange, 200, TestTokens.jwks()));
      server.start();
      return endpoint;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets {@code clientId} (with {@link #SECRET}) obtain tokens for {@code agency}. */
  public TestTokenEndpoint client(String clientId, String agency) {
    agencyByClient.put(clientId, agency);
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many tokens {@code clientId} was given. */
  public int issuedTo(String clientId) {
    return issued.getOrDefault(clientId, new AtomicInteger()).get();
  }

  private void token(HttpExchange exchange) throws IOException {
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
    String agency = clientId == null ? null : agencyByClient.get(clientId);
    if (!"client_credentials".equals(form.get("grant_type"))
        || agency == null
        || !SECRET.equals(secret)) {
      send(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    issued.computeIfAbsent(clientId, c -> new AtomicInteger()).incrementAndGet();
    String token =
        TestTokens.user("service-account-" + clientId).agency(agency).roles("service").token();
    send(
        exchange,
        200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
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

  @Override
  public void close() {
    server.stop(0);
  }
}
