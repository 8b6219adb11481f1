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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.gateway.GatewayConfig;

/**
 * The portal's way to the services: the same API paths the OpenAPI clients call, sent straight to
 * the service the gateway routes that prefix to, with the session's access token. Answers come back
 * as plain maps and lists for the templates; a refusal or an outage becomes a {@link
 * BackendProblem} carrying the service's problem.
 *
 * <p>A service this deployment does not run is asked at the partner's gateway that owns it (the
 * route's URL), with the same token. A service that does not answer (refused, no answer in time, or
 * 502, 503 or 504 from the deployment that owns it) is recorded in {@link Outages}, which turns
 * only its panels into a notice naming its agency. Reads from a partner wait briefly ({@code
 * puente.portal.partner-timeout}, 3 s): a page is not held up by another agency's outage.
 */
@RequestScoped
public class Backend {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final GatewayConfig config;
  private final SecurityIdentity identity;
  private final ObjectMapper json;
  private final HttpServerRequest request;
  private final Outages outages;
  private final Duration partnerTimeout;

  Backend(
      GatewayConfig config,
      SecurityIdentity identity,
      ObjectMapper json,
      HttpServerRequest request,
      Outages outages,
      @ConfigProperty(name = "puente.portal.partner-timeout", defaultValue = "3s")
          Duration partnerTimeout) {
    this.config = config;
    this.identity = identity;
    this.json = json;
    this.request = request;
    this.outages = outages;
    this.partnerTimeout = partnerTimeout;
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
            noted(problem);
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
      if (e.getCause() instanceof BackendProblem problem) {
        throw noted(problem);
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** A service found away is recorded for the page (on the request's thread, where it lives). */
  private BackendProblem noted(BackendProblem problem) {
    if (problem.away() && outages != null) {
      outages.record(problem.service(), problem.agency());
    }
    return problem;
  }

  private CompletableFuture<Reply> sendAsync(
      String method, String path, Object body, Long ifMatch, String key) {
    Optional<Map.Entry<String, GatewayConfig.Route>> found = route(config, path);
    if (found.isEmpty()) {
      // This agency does not run the service: the page says so instead of failing.
      return CompletableFuture.failedFuture(BackendProblem.notRunHere(path));
    }
    String service = found.get().getKey();
    GatewayConfig.Route route = found.get().getValue();
    String agency = route.agency().orElse(null);
    URI target =
        URI.create(
            GatewayConfig.target(route).orElseThrow().toString().replaceAll("/+$", "") + path);
    boolean partnerRead = "GET".equals(method) && route.partner().isPresent();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target)
            .timeout(partnerRead ? partnerTimeout : Duration.ofSeconds(10))
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
              // (On the HTTP client's thread: the outage is recorded by the caller, see noted.)
              if (failure != null) {
                throw BackendProblem.unavailable(path, service, agency);
              }
              Object parsed = parse(response.body());
              if (away(response.statusCode())) {
                throw BackendProblem.away(response.statusCode(), asMap(parsed), service, agency);
              }
              if (response.statusCode() >= 400) {
                throw new BackendProblem(response.statusCode(), asMap(parsed));
              }
              return new Reply(
                  response.statusCode(),
                  parsed,
                  response.headers().firstValue("ETag").orElse(null));
            });
  }

  /** A gateway's answers for a service it cannot reach, or that is failing or too slow. */
  static boolean away(int status) {
    return status == 502 || status == 503 || status == 504;
  }

  /**
   * Whether this deployment runs the service behind an API path (an agency may run only some: the
   * State Department's runs the gateway and funding-service).
   */
  public static boolean runs(GatewayConfig config, String path) {
    return route(config, path).isPresent();
  }

  private static Optional<Map.Entry<String, GatewayConfig.Route>> route(
      GatewayConfig config, String path) {
    return GatewayConfig.running(config).entrySet().stream()
        .filter(
            e ->
                path.startsWith(e.getValue().prefix() + "/")
                    || path.startsWith(e.getValue().prefix() + "?"))
        .findFirst();
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

    /**
     * The items of a page answered, or null if the call failed: the template then shows the panel's
     * notice (see {@link Outages}) instead of an empty list.
     */
    public List<Map<String, Object>> itemsOrNull() {
      return status < 400 ? Backend.items(object()) : null;
    }
  }
}
