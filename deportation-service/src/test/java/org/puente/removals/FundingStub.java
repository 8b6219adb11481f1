package org.puente.removals;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A stand-in for funding-service on 127.0.0.1 that answers its obligation list by reference ({@code
 * GET /api/v1/funding/obligations?reference=}) for the obligations tests say it made. Every other
 * request is answered 503, as from a funding-service that is away, so the outbox keeps its
 * requests. Tests can take it down to see the service fail closed.
 */
public class FundingStub implements QuarkusTestResourceLifecycleManager {

  private static final Map<String, List<Long>> MADE = new ConcurrentHashMap<>();
  private static final AtomicBoolean DOWN = new AtomicBoolean();
  private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
  private HttpServer server;

  /** funding-service made obligation {@code id} for {@code reference}. */
  public static void made(long id, String reference) {
    MADE.computeIfAbsent(reference, r -> new CopyOnWriteArrayList<>()).add(id);
  }

  /** While down, every request answers 503. */
  public static void down(boolean down) {
    DOWN.set(down);
  }

  /** The Authorization headers of the reads the stub answered, in order. */
  public static List<String> authorizations() {
    return AUTHORIZATIONS;
  }

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext(
        "/api/v1/funding/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          if (DOWN.get()
              || !exchange.getRequestMethod().equals("GET")
              || !path.equals("/api/v1/funding/obligations")) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
          }
          AUTHORIZATIONS.add(
              String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          String reference = "";
          for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("reference") && kv.length > 1) {
              reference = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
          }
          String ref = reference;
          String items =
              MADE.getOrDefault(ref, List.of()).stream()
                  .map(id -> "{\"id\":" + id + ",\"reference\":\"" + ref + "\"}")
                  .collect(Collectors.joining(","));
          byte[] bytes =
              ("{\"items\":[" + items + "],\"nextCursor\":null}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    return Map.of(
        "quarkus.rest-client.funding.url", "http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
