package org.puente.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-ins for the services on 127.0.0.1: each echoes what it received (method, path, query, body,
 * Authorization, X-Request-Id, Cookie) as JSON, and echo X-Request-Id as a header, as the services
 * do. {@code .../hold} keeps the answer back to try the gateway's timeout; {@code
 * .../stream?bytes=N} streams N bytes; a stub can be stopped (its port then refuses connections, as
 * a partner's gateway that is away) and started again on the same port, or made to answer every API
 * call with a status (a partner's gateway answering 503 for its service). Each counts the API calls
 * it received, to show that a refused caller reached nothing.
 *
 * <p>Funding is reached here as a partner's (its URL is also {@code puente.partners.funding.url}):
 * the gateway does not wait for it to be ready.
 */
public class BackendStubs implements QuarkusTestResourceLifecycleManager {

  static final String[] SERVICES = {"training", "removals", "funding", "spare"};
  private static final Map<String, HttpServer> SERVERS = new ConcurrentHashMap<>();
  private static final CountDownLatch NEVER = new CountDownLatch(1);
  private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> RECEIVED = new ConcurrentHashMap<>();
  private static final Map<String, Integer> ANSWER = new ConcurrentHashMap<>();

  /** Stops a stub, as if its service went down: its port refuses connections. */
  public static void stop(String service) {
    HttpServer server = SERVERS.remove(service);
    if (server != null) {
      server.stop(0);
    }
  }

  /** Starts a stopped stub again, on the port it had. */
  public static void restart(String service) {
    if (!SERVERS.containsKey(service)) {
      start(service, PORTS.get(service));
    }
  }

  /** Every API call to the stub is answered with this status (0: echo again). */
  public static void answer(String service, int status) {
    if (status == 0) {
      ANSWER.remove(service);
    } else {
      ANSWER.put(service, status);
    }
  }

  /** API calls the stub has received so far (not its health or OpenAPI). */
  public static int received(String service) {
    return RECEIVED.computeIfAbsent(service, s -> new AtomicInteger()).get();
  }

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    for (String service : SERVICES) {
      HttpServer server = start(service);
      String prefix = "/api/v1/" + service;
      config.put("puente.gateway.routes." + service + ".prefix", prefix);
      config.put(
          "puente.gateway.routes." + service + ".url",
          "http://127.0.0.1:" + server.getAddress().getPort());
      config.put("puente.gateway.routes." + service + ".timeout", "1s");
    }
    config.put("puente.partners.funding.url", config.get("puente.gateway.routes.funding.url"));
    // A route with a tight per-user limit, to see the 429.
    config.put("puente.gateway.routes.limited.prefix", "/api/v1/limited");
    config.put(
        "puente.gateway.routes.limited.url", config.get("puente.gateway.routes.training.url"));
    config.put("puente.gateway.routes.limited.per-user.burst", "3");
    config.put("puente.gateway.routes.limited.per-user.per-second", "1");
    // A route with a tight per-address limit, to see that a forged X-Forwarded-For does not help.
    config.put("puente.gateway.routes.crowded.prefix", "/api/v1/crowded");
    config.put(
        "puente.gateway.routes.crowded.url", config.get("puente.gateway.routes.training.url"));
    config.put("puente.gateway.routes.crowded.per-address.burst", "2");
    config.put("puente.gateway.routes.crowded.per-address.per-second", "1");
    return config;
  }

  static HttpServer start(String service) {
    return start(service, 0);
  }

  private static HttpServer start(String service, int port) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/", exchange -> handle(service, exchange));
      server.start();
      SERVERS.put(service, server);
      PORTS.put(service, server.getAddress().getPort());
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void handle(String service, HttpExchange x) throws IOException {
    String path = x.getRequestURI().getRawPath();
    if (path.equals("/q/health/ready")) {
      send(x, 200, "{\"status\":\"UP\"}");
      return;
    }
    if (path.startsWith("/openapi/")) {
      // As a partner's gateway serves a service's document.
      send(
          x,
          200,
          "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\""
              + service
              + "\"},\"path\":\""
              + path
              + "\"}");
      return;
    }
    if (path.equals("/q/openapi")) {
      send(
          x,
          200,
          "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\""
              + service
              + "\"},\"query\":\""
              + x.getRequestURI().getRawQuery()
              + "\"}");
      return;
    }
    RECEIVED.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
    Integer status = ANSWER.get(service);
    if (status != null) {
      send(x, status, "{\"status\":" + status + ",\"title\":\"Upstream service failed\"}");
      return;
    }
    if (path.endsWith("/hold")) {
      try {
        NEVER.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(x, 200, "{}");
      return;
    }
    if (path.endsWith("/stream")) {
      long bytes = Long.parseLong(x.getRequestURI().getQuery().replace("bytes=", ""));
      x.getResponseHeaders().add("Content-Type", "application/octet-stream");
      x.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = x.getResponseBody()) {
        for (long sent = 0; sent < bytes; sent += chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, bytes - sent));
        }
      }
      return;
    }
    JsonObject echo =
        new JsonObject()
            .put("service", service)
            .put("method", x.getRequestMethod())
            .put("path", path)
            .put("query", x.getRequestURI().getRawQuery())
            .put("body", new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
            .put("authorization", x.getRequestHeaders().getFirst("Authorization"))
            .put("requestId", x.getRequestHeaders().getFirst("X-Request-Id"))
            .put("traceparent", x.getRequestHeaders().getFirst("traceparent"))
            .put("cookie", x.getRequestHeaders().getFirst("Cookie"));
    send(x, 200, echo.encode());
  }

  private static void send(HttpExchange x, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    // As the services do: the request id they were given, echoed.
    String requestId = x.getRequestHeaders().getFirst("X-Request-Id");
    if (requestId != null) {
      x.getResponseHeaders().add("X-Request-Id", requestId);
    }
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void stop() {
    for (String service : SERVICES) {
      stop(service);
    }
  }
}
