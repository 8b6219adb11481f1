package org.puente.training;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.testing.TestTokenEndpoint;

/**
 * A stand-in for funding-service on 127.0.0.1 that speaks the part of its contract this service
 * uses (obligate, read an obligation, de-obligate) and keeps every request it received, so tests
 * see exactly what reached funding-service. The service's own token comes from a test token
 * endpoint by client credentials, as in production. Obligations on {@link #SHORT_LINE} are refused
 * for lack of funds.
 */
public class FundingStub implements QuarkusTestResourceLifecycleManager {

  /** A budget line without enough funds: funding-service refuses with 409. */
  public static final long SHORT_LINE = 999_001L;

  /**
   * A line whose obligations funding-service takes its time over: the answer waits until {@link
   * #release()} (at most 3 s, within the client's timeout), so the session stays PENDING meanwhile.
   */
  public static final long SLOW_LINE = 999_002L;

  private static final java.util.concurrent.Semaphore RELEASES =
      new java.util.concurrent.Semaphore(0);

  /** Lets one held answer on {@link #SLOW_LINE} go. */
  public static void release() {
    RELEASES.release();
  }

  /** One request as funding-service received it. */
  public record Received(String method, String path, String idempotencyKey, String body) {}

  private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
  private static final AtomicLong IDS = new AtomicLong(70_000);
  private static final Pattern OBLIGATION = Pattern.compile("/api/v1/funding/obligations/(\\d+)");
  private static final Pattern LINE = Pattern.compile("\"budgetLineId\"\\s*:\\s*(\\d+)");

  private HttpServer server;

  /** Requests whose body or key mentions {@code text} (e.g. a session's reference). */
  public static List<Received> received(String text) {
    return RECEIVED.stream()
        .filter(r -> r.body().contains(text) || String.valueOf(r.idempotencyKey()).contains(text))
        .toList();
  }

  /** Every request received so far. */
  public static List<Received> all() {
    return List.copyOf(RECEIVED);
  }

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/api/v1/funding/obligations", this::obligations);
    server.start();
    Map<String, String> config = new HashMap<>();
    config.put(
        "quarkus.rest-client.funding.url", "http://127.0.0.1:" + server.getAddress().getPort());
    config.putAll(TestTokenEndpoint.shared().clientConfig("training-service", "US-DHS"));
    config.put("puente.outbox.first-retry", "200ms");
    config.put("puente.outbox.max-retry", "1s");
    return config;
  }

  private void obligations(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !auth.startsWith("Bearer ")) {
      send(exchange, 401, "{}");
      return;
    }
    RECEIVED.add(
        new Received(method, path, exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
    Matcher one = OBLIGATION.matcher(path);
    if (method.equals("POST") && path.equals("/api/v1/funding/obligations")) {
      Matcher line = LINE.matcher(body);
      long lineId = line.find() ? Long.parseLong(line.group(1)) : 0;
      if (lineId == SLOW_LINE) {
        try {
          RELEASES.tryAcquire(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (lineId == SHORT_LINE) {
        send(
            exchange,
            409,
            "{\"type\":\"https://puente.example/problems/conflict\",\"title\":\"Conflict\","
                + "\"status\":409,\"detail\":\"Not enough funds on the line\"}");
        return;
      }
      send(exchange, 201, "{\"id\":" + IDS.incrementAndGet() + "}");
    } else if (method.equals("GET") && one.matches()) {
      exchange.getResponseHeaders().add("ETag", "\"0\"");
      send(exchange, 200, "{\"id\":" + one.group(1) + "}");
    } else if (method.equals("POST") && path.endsWith("/deobligation")) {
      send(exchange, 200, "{\"id\":" + IDS.incrementAndGet() + "}");
    } else {
      send(exchange, 404, "{}");
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
