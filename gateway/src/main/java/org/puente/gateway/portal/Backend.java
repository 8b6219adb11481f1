package org.puente.gateway.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.puente.gateway.GatewayConfig;

/**
 * The portal's way to the services: the same API paths the OpenAPI clients call, sent straight to
 * the service the gateway routes that prefix to, with the session's access token. Answers come back
 * as plain maps and lists for the templates; a refusal or an outage becomes a {@link
 * BackendProblem} carrying the service's problem.
 */
@RequestScoped
public class Backend {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final GatewayConfig config;
  private final SecurityIdentity identity;
  private final ObjectMapper json;
  private final HttpServerRequest request;

  Backend(
      GatewayConfig config,
      SecurityIdentity identity,
      ObjectMapper json,
      HttpServerRequest request) {
    this.config = config;
    this.identity = identity;
    this.json = json;
    this.request = request;
  }

  /** A JSON object read from the API. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> get(String path) {
    return (Map<String, Object>) send("GET", path, null, null, null).body();
  }

  /** The items of a page ({@code {items, nextCursor}}). */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> items(Map<String, Object> page) {
    Object items = page.get("items");
    return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  /**
   * Several reads at once, by name (a page's panels): each is its answer or its problem. A page
   * names only what the user may see, so nothing is asked for that is not shown.
   */
  public Map<String, Reply> getAll(Map<String, String> paths) {
    Map<String, CompletableFuture<Reply>> calls = new LinkedHashMap<>();
    paths.forEach((name, path) -> calls.put(name, sendAsync("GET", path, null, null, null)));
    Map<String, Reply> replies = new LinkedHashMap<>();
    calls.forEach(
        (name, call) -> {
          try {
            replies.put(name, call.join());
          } catch (CompletionException e) {
            if (!(e.getCause() instanceof BackendProblem problem)) {
              throw e;
            }
            replies.put(name, new Reply(problem.status(), problem.problem(), null));
          }
        });
    return replies;
  }

  /**
   * A change: JSON body, the version last read as {@code If-Match} when given, and an {@code
   * Idempotency-Key} when given (a create sent twice by a double click records once).
   */
  public Reply send(String method, String path, Object body, Long ifMatch, String key) {
    try {
      return sendAsync(method, path, body, ifMatch, key).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private CompletableFuture<Reply> sendAsync(
      String method, String path, Object body, Long ifMatch, String key) {
    URI target;
    try {
      target = target(path);
    } catch (BackendProblem notRunHere) {
      return CompletableFuture.failedFuture(notRunHere);
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json");
    // The page's request id goes with every call it makes: the services log it and write it into
    // the audit trail, so a change made in the portal is traced back to the click that made it.
    String requestId = request.getHeader("X-Request-Id");
    if (requestId != null) {
      builder.header("X-Request-Id", requestId);
    }
    AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token.getToken());
    }
    if (ifMatch != null) {
      builder.header("If-Match", "\"" + ifMatch + "\"");
    }
    if (key != null) {
      builder.header("Idempotency-Key", key);
    }
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
    }
    return HTTP.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) -> {
              if (failure != null) {
                throw BackendProblem.unavailable(path);
              }
              Object parsed = parse(response.body());
              if (response.statusCode() >= 400) {
                throw new BackendProblem(response.statusCode(), asMap(parsed));
              }
              return new Reply(
                  response.statusCode(),
                  parsed,
                  response.headers().firstValue("ETag").orElse(null));
            });
  }

  /**
   * Whether this deployment runs the service behind an API path (an agency may run only some: the
   * State Department's runs the gateway and funding-service).
   */
  public static boolean runs(GatewayConfig config, String path) {
    return route(config, path).isPresent();
  }

  private static Optional<GatewayConfig.Route> route(GatewayConfig config, String path) {
    return GatewayConfig.running(config).values().stream()
        .filter(r -> path.startsWith(r.prefix() + "/") || path.startsWith(r.prefix() + "?"))
        .findFirst();
  }

  private URI target(String path) {
    // This agency does not run the service: the page says so instead of failing.
    GatewayConfig.Route route =
        route(config, path).orElseThrow(() -> BackendProblem.notRunHere(path));
    return URI.create(route.url().orElseThrow().toString().replaceAll("/+$", "") + path);
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private Object parse(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try {
      return json.readValue(text, Object.class);
    } catch (IOException e) {
      return Map.of();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object parsed) {
    return parsed instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** An answer: its status, its JSON body (a map or a list) and its ETag. */
  public record Reply(int status, Object body, String etag) {

    @SuppressWarnings("unchecked")
    public Map<String, Object> object() {
      return body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public Optional<Map<String, Object>> ok() {
      return status < 400 ? Optional.of(object()) : Optional.empty();
    }

    /** The object, or the service's refusal as the page's own (the record a page is about). */
    public Map<String, Object> orThrow() {
      if (status >= 400) {
        throw new BackendProblem(status, object());
      }
      return object();
    }

    /** The items of a page answered, or none if the call was refused. */
    public List<Map<String, Object>> items() {
      return status < 400 ? Backend.items(object()) : List.of();
    }
  }
}
