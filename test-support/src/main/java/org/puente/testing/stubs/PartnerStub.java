package org.puente.testing.stubs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.puente.common.problem.Problem;

/**
 * A partner service stood in for on 127.0.0.1: an HTTP server that answers with the partner's API
 * records, keeps what it was sent, and can be taken down. One instance per test JVM, started by its
 * {@link StubResource}; its state belongs to the current test: {@link #reset()} before each one.
 */
public abstract class PartnerStub {

  /** One request as the partner received it (the body as sent, for tests that read the wire). */
  public record Received(
      String method, String path, String idempotencyKey, String authorization, String body) {}

  /** Reads and writes the records as the services do: ISO dates, money as text. */
  protected static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private HttpServer server;

  /** The configuration key of the REST client that calls this partner, e.g. its url. */
  protected abstract String urlProperty();

  /** Registers the partner's contexts on the server. */
  protected abstract void routes(HttpServer server);

  /** Clears what the partner was told and sent, and brings it back up. */
  public void reset() {
    received.clear();
    down.set(false);
  }

  /** While down, every request answers 503, as from a partner that is failing. */
  public void down(boolean down) {
    this.down.set(down);
  }

  /** How many requests reached the partner since the test began, answered or not. */
  public int requests() {
    return received.size();
  }

  /** Every request that reached the partner since the test began (while down too), in order. */
  public List<Received> all() {
    return List.copyOf(received);
  }

  /** The Authorization headers of every request that reached the partner, in order. */
  public List<String> authorizations() {
    return received.stream().map(r -> String.valueOf(r.authorization())).toList();
  }

  /** Starts the server; the configuration that points the service at it. */
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    routes(server);
    server.start();
    return Map.of(urlProperty(), url());
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /**
   * Keeps the request; answers 503 when down, else returns it for the route to answer. Null:
   * answered already.
   */
  protected Received receive(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Received r =
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Idempotency-Key"),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body);
    received.add(r);
    if (down.get()) {
      empty(exchange, 503);
      return null;
    }
    return r;
  }

  protected static <T> T read(String body, Class<T> type) {
    try {
      return JSON.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + body, e);
    }
  }

  protected static void send(HttpExchange exchange, int status, Object body) throws IOException {
    send(exchange, status, body, Map.of());
  }

  protected static void send(
      HttpExchange exchange, int status, Object body, Map<String, String> headers)
      throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange
        .getResponseHeaders()
        .add("Content-Type", body instanceof Problem ? Problem.MEDIA_TYPE : "application/json");
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  protected static void empty(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  protected static Problem problem(int status, String title, String detail) {
    return new Problem(
        "urn:puente:problem:" + title.toLowerCase().replace(' ', '-'),
        title,
        status,
        detail,
        null,
        null,
        null,
        null);
  }

  protected static Map<String, String> query(URI uri) {
    Map<String, String> q = new HashMap<>();
    if (uri.getRawQuery() == null) {
      return q;
    }
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      q.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return q;
  }
}
