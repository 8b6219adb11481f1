package org.puente.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.puente.common.problem.Problem;
import org.puente.common.problem.ProblemType;
import org.puente.common.request.RequestIds;
import org.puente.common.web.ProblemWriter;
import org.puente.common.web.Problems;
import org.puente.trust.TrustViolations;

/**
 * Routes each service's prefix to it with Vert.x's reverse proxy: path, query and body unchanged
 * and streamed both ways. The caller's bearer token is relayed as sent; for a portal session the
 * session's access token is put in {@code Authorization}; cookies never reach a service. Each route
 * has its own timeout and circuit breaker, and answers a failing backend with a problem: 502
 * (unreachable), 503 (circuit open) or 504 (too slow). Each proxied call is timed as {@value
 * #UPSTREAM_TIMER} with its route ({@code backend}) and {@code outcome}: {@code success} (the
 * service answered, whatever the status), {@code error} (no answer), {@code timeout} or {@code
 * circuit_open} (not tried). The trace context goes along: the proxy's HTTP client is Quarkus's
 * traced Vert.x client, so the service's span is a child of the gateway's.
 */
@ApplicationScoped
public class ProxyRoutes {

  private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

  /** Prometheus: {@code puente_gateway_upstream_seconds_{count,sum,max}}. */
  static final String UPSTREAM_TIMER = "puente.gateway.upstream";

  private final GatewayConfig config;
  private final RateLimiter limiter;
  private final Vertx vertx;
  private final TrustViolations violations;
  private final MeterRegistry meters;

  ProxyRoutes(
      GatewayConfig config,
      RateLimiter limiter,
      Vertx vertx,
      TrustViolations violations,
      MeterRegistry meters) {
    this.config = config;
    this.limiter = limiter;
    this.vertx = vertx;
    this.violations = violations;
    this.meters = meters;
  }

  void register(@Observes Router router) {
    router.route().failureHandler(this::authenticationFailure);
    for (Map.Entry<String, GatewayConfig.Route> e : GatewayConfig.running(config).entrySet()) {
      String name = e.getKey();
      GatewayConfig.Route route = e.getValue();
      HttpProxy api = proxy(name, route, null);
      router
          .route(route.prefix() + "/*")
          .handler(rc -> prepare(rc, name, route))
          .handler(ProxyHandler.create(api));
      // The service's OpenAPI document, public, at /openapi/{name}: the partner's gateway serves
      // its own at the same path.
      HttpProxy openapi =
          proxy(
              name,
              route,
              route.partner().isPresent() ? "/openapi/" + name : "/q/openapi?format=json");
      router.get("/openapi/" + name).handler(ProxyHandler.create(openapi));
    }
  }

  /**
   * Before proxying: the caller's rate; for a portal session, its access token as the bearer token
   * (an API client's own token is relayed untouched); and no cookies to the service.
   */
  private void prepare(RoutingContext rc, String name, GatewayConfig.Route route) {
    SecurityIdentity identity =
        rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    // A caller is a name in a realm: two agencies' realms may each have a user of the same name.
    String caller =
        identity == null
            ? "anonymous"
            : identity.getAttribute("tenant-id") + "/" + identity.getPrincipal().getName();
    long wait = limiter.retryAfterSeconds(name + "|user|" + caller, route.perUser());
    if (wait > 0) {
      rc.response().putHeader("Retry-After", String.valueOf(wait));
      ProblemWriter.send(
          rc, ProblemType.TOO_MANY_REQUESTS, "Slow down; retry after " + wait + " s");
      return;
    }
    if (rc.request().getHeader("Authorization") == null && identity != null) {
      String token = sessionAccessToken(rc, identity);
      if (token != null) {
        rc.request().headers().set("Authorization", "Bearer " + token);
      }
    }
    rc.request().headers().remove("Cookie");
    rc.next();
  }

  /** The access token of the caller's portal session (the code flow keeps it with the session). */
  private static String sessionAccessToken(RoutingContext rc, SecurityIdentity identity) {
    AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
    if (credential != null) {
      return credential.getToken();
    }
    AuthorizationCodeTokens tokens = rc.get(AuthorizationCodeTokens.class.getName());
    return tokens == null ? null : tokens.getAccessToken();
  }

  /**
   * An invalid or expired token: 401 as a problem, with the challenge, before anything is proxied;
   * a refused bearer token is logged as a trust violation.
   */
  private void authenticationFailure(RoutingContext rc) {
    if (rc.failure() instanceof AuthenticationFailedException) {
      if (rc.request().getHeader("Authorization") != null) {
        violations.refused(rc.request().getHeader("Authorization"), rc.normalizedPath());
      }
      rc.response().putHeader("WWW-Authenticate", "Bearer");
      ProblemWriter.send(rc, ProblemType.UNAUTHORIZED, "The access token is not valid");
      return;
    }
    rc.next();
  }

  private HttpProxy proxy(String name, GatewayConfig.Route route, String rewriteTo) {
    URI url = GatewayConfig.target(route).orElseThrow();
    boolean tls = "https".equals(url.getScheme());
    int port = url.getPort() > 0 ? url.getPort() : (tls ? 443 : 80);
    // A partner's gateway is reached by its public name: TLS verified against it (SNI), and its
    // name as the request's authority (its ingress routes by host). The caller's host goes along as
    // X-Forwarded-Host.
    HostAndPort authority = HostAndPort.create(url.getHost(), port);
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setSsl(tls)
                .setForceSni(tls)
                .setConnectTimeout((int) route.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    CircuitBreaker breaker =
        CircuitBreaker.create(
            "route-" + name + (rewriteTo == null ? "" : "-openapi"),
            vertx,
            new CircuitBreakerOptions()
                .setMaxFailures(route.failuresToOpen())
                .setResetTimeout(route.openFor().toMillis())
                .setTimeout(-1));
    long timeout = route.timeout().toMillis();
    HttpProxy proxy =
        HttpProxy.reverseProxy(client)
            .originRequestProvider(
                (request, httpClient) ->
                    httpClient.request(
                        new RequestOptions()
                            .setServer(SocketAddress.inetSocketAddress(port, url.getHost()))
                            // The name TLS is verified against (and sent as SNI).
                            .setHost(url.getHost())
                            .setPort(port)
                            .setIdleTimeout(timeout)));
    proxy.addInterceptor(
        new RouteInterceptor(name, breaker, rewriteTo, authority, new UpstreamTimers(name)));
    return proxy;
  }

  /** The route's four timers, made once: the hot path only looks one up and records. */
  private final class UpstreamTimers {
    final Timer success;
    final Timer error;
    final Timer timeout;
    final Timer circuitOpen;

    UpstreamTimers(String backend) {
      success = timer(backend, "success");
      error = timer(backend, "error");
      timeout = timer(backend, "timeout");
      circuitOpen = timer(backend, "circuit_open");
    }

    private Timer timer(String backend, String outcome) {
      return Timer.builder(UPSTREAM_TIMER)
          .description("Calls the gateway proxied to a service, by route and outcome")
          .tag("backend", backend)
          .tag("outcome", outcome)
          .register(meters);
    }
  }

  /** Rewrites the OpenAPI path and turns backend failures into problems, with a circuit breaker. */
  private final class RouteInterceptor implements ProxyInterceptor {

    private final String name;
    private final CircuitBreaker breaker;
    private final String rewriteTo;
    private final HostAndPort authority;
    private final UpstreamTimers timers;

    RouteInterceptor(
        String name,
        CircuitBreaker breaker,
        String rewriteTo,
        HostAndPort authority,
        UpstreamTimers timers) {
      this.name = name;
      this.breaker = breaker;
      this.rewriteTo = rewriteTo;
      this.authority = authority;
      this.timers = timers;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
      var request = context.request();
      request.setAuthority(authority);
      // The caller's trace context is already the parent of the gateway's span; the traced client
      // passes on the gateway's own. A copy of the caller's header would come first and win.
      request.headers().remove("traceparent");
      request.headers().remove("tracestate");
      if (rewriteTo != null) {
        request.setURI(rewriteTo);
        request.headers().remove("Authorization");
        request.headers().remove("Cookie");
      }
      long start = System.nanoTime();
      if (breaker.state() == io.vertx.circuitbreaker.CircuitBreakerState.OPEN) {
        timers.circuitOpen.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return Future.succeededFuture(
            problem(
                context,
                ProblemType.UNAVAILABLE,
                "The " + name + " service is failing; try again shortly"));
      }
      return breaker
          .<ProxyResponse>execute(
              promise ->
                  context
                      .sendRequest()
                      .onComplete(
                          answer -> {
                            if (answer.failed() && callerGone(context)) {
                              // The caller hung up and the exchange was cut: not the service's
                              // failure, so it must not count towards opening the circuit.
                              promise.tryComplete(null);
                            } else {
                              promise.handle(answer);
                            }
                          }))
          .compose(
              response -> {
                if (response == null) {
                  return Future.<ProxyResponse>failedFuture("the caller closed the connection");
                }
                timers.success.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                return Future.succeededFuture(response);
              })
          .recover(
              failure -> {
                boolean slow =
                    failure instanceof TimeoutException
                        || String.valueOf(failure.getMessage()).contains("timeout");
                (slow ? timers.timeout : timers.error)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                LOG.warnf("Route %s failed: %s", name, failure.getClass().getSimpleName());
                return Future.succeededFuture(
                    slow
                        ? problem(
                            context,
                            ProblemType.GATEWAY_TIMEOUT,
                            "The " + name + " service did not answer in time")
                        : problem(
                            context,
                            ProblemType.BAD_GATEWAY,
                            "The " + name + " service cannot be reached"));
              });
    }

    /**
     * The gateway has already put its {@code X-Request-Id} on the answer (the same id it passed
     * on); the service's echo of it is dropped so that the caller receives it once.
     */
    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
      context.response().headers().remove(RequestIds.HEADER);
      return context.sendResponse();
    }

    private static boolean callerGone(ProxyContext context) {
      return context.request().proxiedRequest().response().closed();
    }

    private ProxyResponse problem(ProxyContext context, ProblemType type, String detail) {
      var incoming = context.request().proxiedRequest();
      // The id the gateway gave the request (RequestIdFilter set it on the request it passes on).
      Problem problem =
          Problems.of(type, detail, incoming.path(), incoming.getHeader(RequestIds.HEADER));
      String json = ProblemWriter.json(problem);
      ProxyResponse response = context.request().response().setStatusCode(problem.status());
      response.headers().clear();
      response.putHeader("Content-Type", Problem.MEDIA_TYPE);
      response.setBody(Body.body(Buffer.buffer(json)));
      return response;
    }
  }
}
