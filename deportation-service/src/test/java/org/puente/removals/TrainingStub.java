package org.puente.removals;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for training-service on 127.0.0.1 that speaks its certification-check contract ({@code
 * GET /api/v1/training/certifications/check?officerId=&competency=&on=}). Tests say who is
 * certified until when, and can take it down to see the service fail closed.
 */
public class TrainingStub implements QuarkusTestResourceLifecycleManager {

  private static final Map<String, LocalDate> CERTIFIED = new ConcurrentHashMap<>();
  private static final AtomicBoolean DOWN = new AtomicBoolean();
  private static final AtomicLong IDS = new AtomicLong(9000);
  private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
  private static volatile Runnable onCheck = () -> {};
  private HttpServer server;

  /** Runs {@code hook} on every check, before it is answered (e.g. to look at the database). */
  public static void onCheck(Runnable hook) {
    onCheck = hook == null ? () -> {} : hook;
  }

  /** The officer holds the competency until {@code until}, inclusive. */
  public static void certify(long officerId, String competency, LocalDate until) {
    CERTIFIED.put(officerId + "/" + competency, until);
  }

  /** While down, every check answers 503 (as a failing training-service would). */
  public static void down(boolean down) {
    DOWN.set(down);
  }

  /** The Authorization headers the stub received, in order. */
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
        "/api/v1/training/certifications/check",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          if (auth != null) {
            AUTHORIZATIONS.add(auth);
          }
          onCheck.run();
          if (DOWN.get()) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
          }
          Map<String, String> q = query(exchange.getRequestURI());
          LocalDate on = LocalDate.parse(q.get("on"));
          LocalDate until = CERTIFIED.get(q.get("officerId") + "/" + q.get("competency"));
          boolean certified = until != null && !on.isAfter(until);
          String body =
              "{\"officerId\":"
                  + q.get("officerId")
                  + ",\"competency\":\""
                  + q.get("competency")
                  + "\",\"on\":\""
                  + on
                  + "\",\"certified\":"
                  + certified
                  + ",\"certificationId\":"
                  + (certified ? IDS.incrementAndGet() : "null")
                  + ",\"expiresOn\":"
                  + (certified ? "\"" + until + "\"" : "null")
                  + "}";
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    return Map.of(
        "quarkus.rest-client.training.url", "http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> q = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      q.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return q;
  }
}
