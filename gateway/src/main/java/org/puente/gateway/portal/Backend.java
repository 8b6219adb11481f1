package org.puente.gateway.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.common.paging.Page;
import org.puente.common.problem.Problem;
import org.puente.gateway.GatewayConfig;

/**
 * The portal's way to the services: the same API paths the OpenAPI clients call, sent straight to
 * the service the gateway routes that prefix to, with the session's access token. Answers come back
 * as the API's records (the services' API modules) for the templates; a refusal or an outage
 * becomes a {@link BackendProblem} carrying the service's problem.
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

  /** A record read from the API. */
  public <T> T get(String path, Class<T> type) {
    return read(path, type).answer().orThrow();
  }

  /** A page of records read from the API ({@code {items, nextCursor}}). */
  public <T> Page<T> page(String path, Class<T> item) {
    return readPage(path, item).answer().orThrow();
  }

  /**
   * A read started now and answered later: a page starts all its panels' reads, then takes each
   * answer (or its problem) in turn, so they are asked at once. A page names only what the user may
   * see, so nothing is asked for that is not shown.
   */
  public <T> Read<T> read(String path, Class<T> type) {
    return read(path, json.constructType(type));
  }

  /** A page of records, read as {@link #read}. */
  public <T> Read<Page<T>> readPage(String path, Class<T> item) {
    return read(path, json.getTypeFactory().constructParametricType(Page.class, item));
  }

  /** A list of records ({@code [...]}), read as {@link #read}. */
  public <T> Read<List<T>> readList(String path, Class<T> item) {
    return read(path, json.getTypeFactory().constructCollectionType(List.class, item));
  }

  private <T> Read<T> read(String path, JavaType type) {
    return new Read<>(this, sendAsync("GET", path, null, null, null), type);
  }

  /**
   * A change: its body an API record, the version last read as {@code If-Match} when given, and an
   * {@code Idempotency-Key} when given (a create sent twice by a double click records once). Its
   * answer is read as {@code answer}.
   */
  public <T> T send(
      String method, String path, Object body, Long ifMatch, String key, Class<T> answer) {
    return as(send(method, path, body, ifMatch, key).body(), json.constructType(answer));
  }

  /** A search sent as a POST (its criteria in no URL), answered with a page of records. */
  public <T> Page<T> search(String path, Object criteria, Class<T> item) {
    return as(
        send("POST", path, criteria, null, null).body(),
        json.getTypeFactory().constructParametricType(Page.class, item));
  }

  /**
   * An answer as the API's record. A partner running a newer version may send fields this portal
   * does not know yet: they are ignored.
   */
  <T> T as(JsonNode parsed, JavaType type) {
    if (parsed == null) {
      return null;
    }
    try {
      return json.readerFor(type)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(parsed);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a " + type.toCanonical() + ": " + e.getMessage(), e);
    }
  }

  private Problem problem(JsonNode parsed, int status) {
    Problem problem = null;
    if (parsed != null && parsed.isObject()) {
      try {
        problem = as(parsed, json.constructType(Problem.class));
      } catch (IllegalArgumentException e) {
        // Not a problem+json (a proxy's page): the status speaks for itself.
      }
    }
    return problem == null
        ? new Problem(null, null, status, null, null, null, null, null)
        : problem;
  }

  /** A read under way. */
  public static final class Read<T> {

    private final Backend backend;
    private final CompletableFuture<Reply> call;
    private final JavaType type;

    private Read(Backend backend, CompletableFuture<Reply> call, JavaType type) {
      this.backend = backend;
      this.call = call;
      this.type = type;
    }

    /** Its answer, waited for: the record, or the service's problem (an outage is recorded). */
    public Answer<T> answer() {
      try {
        Reply reply = call.join();
        return new Answer<>(reply.status(), backend.<T>as(reply.body(), type), null, reply.etag());
      } catch (CompletionException e) {
        if (!(e.getCause() instanceof BackendProblem problem)) {
          throw e;
        }
        backend.noted(problem);
        return new Answer<>(problem.status(), null, problem.problem(), null);
      }
    }
  }

  /** An answer read: its status, its record (none if refused), the problem and the ETag. */
  public record Answer<T>(int status, T body, Problem problem, String etag) {

    /** An answer given (for a page's data and tests). */
    public static <T> Answer<T> of(T body) {
      return new Answer<>(200, body, null, null);
    }

    /** A refusal or an outage (for tests). */
    public static <T> Answer<T> refused(int status, String title) {
      return new Answer<>(
          status, null, new Problem(null, title, status, null, null, null, null, null), null);
    }

    public Optional<T> ok() {
      return status < 400 ? Optional.ofNullable(body) : Optional.empty();
    }

    /** The record, or null when the call was refused or the service is away. */
    public T orNull() {
      return status < 400 ? body : null;
    }

    /** The record, or the service's refusal as the page's own (the record a page is about). */
    public T orThrow() {
      if (status >= 400) {
        throw new BackendProblem(status, problem);
      }
      return body;
    }

    /** The items of a page answered, or none if the call was refused. */
    public static <E> List<E> items(Answer<Page<E>> answer) {
      Page<E> page = answer.orNull();
      return page == null || page.items() == null ? List.of() : page.items();
    }

    /**
     * The items of a page answered, or null if the call failed: the template then shows the panel's
     * notice (see {@link Outages}) instead of an empty list.
     */
    public static <E> List<E> itemsOrNull(Answer<Page<E>> answer) {
      Page<E> page = answer.orNull();
      return page == null ? null : page.items() == null ? List.of() : page.items();
    }
  }

  /** A change whose answer the page does not read (see the typed {@code send}). */
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
        authorised(
            target, partnerRead ? partnerTimeout : Duration.ofSeconds(10), "application/json");
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
              JsonNode parsed = parse(response.body());
              if (away(response.statusCode())) {
                throw BackendProblem.away(
                    response.statusCode(), problem(parsed, response.statusCode()), service, agency);
              }
              if (response.statusCode() >= 400) {
                throw new BackendProblem(
                    response.statusCode(), problem(parsed, response.statusCode()));
              }
              return new Reply(
                  response.statusCode(),
                  parsed,
                  response.headers().firstValue("ETag").orElse(null));
            });
  }

  /** A request to a service as the user: their token and the page's request id go with it. */
  private HttpRequest.Builder authorised(URI target, Duration timeout, String accept) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target).timeout(timeout).header("Accept", accept);
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
    return builder;
  }

  /**
   * A download (an audit log as CSV or JSON lines) read as a stream in the media type asked for:
   * the portal passes it on to the browser as it comes. A refusal is a {@link BackendProblem}.
   */
  public HttpResponse<java.io.InputStream> download(String path, String accept) {
    Optional<Map.Entry<String, GatewayConfig.Route>> found = route(config, path);
    if (found.isEmpty()) {
      throw BackendProblem.notRunHere(path);
    }
    GatewayConfig.Route route = found.get().getValue();
    URI target =
        URI.create(
            GatewayConfig.target(route).orElseThrow().toString().replaceAll("/+$", "") + path);
    HttpResponse<java.io.InputStream> response;
    try {
      response =
          HTTP.send(
              authorised(target, Duration.ofSeconds(60), accept).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw noted(
          BackendProblem.unavailable(path, found.get().getKey(), route.agency().orElse(null)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BackendProblem.unavailable(path, found.get().getKey(), route.agency().orElse(null));
    }
    if (response.statusCode() >= 400) {
      int status = response.statusCode();
      try (java.io.InputStream body = response.body()) {
        JsonNode parsed =
            parse(new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        throw new BackendProblem(status, problem(parsed, status));
      } catch (IOException e) {
        throw new BackendProblem(status, problem(null, status));
      }
    }
    return response;
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

  private JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * An answer as sent: its status, its JSON body (a tree, read as a record by its reader), its
   * ETag.
   */
  public record Reply(int status, JsonNode body, String etag) {}
}
