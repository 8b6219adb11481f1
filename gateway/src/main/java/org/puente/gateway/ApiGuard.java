package org.puente.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.common.problem.ProblemType;
import org.puente.common.web.ProblemWriter;
import org.puente.gateway.portal.PortalConfig;
import org.puente.trust.TrustViolations;

/**
 * Checks made before authentication. On API paths: the client address's rate, the declared body
 * size, and that some credential is present (an API path answers 401, never a login redirect); a
 * path under {@code /api/} that no route of this deployment serves is a 404 problem, token or not.
 * On portal paths: the client address's rate (the login flow included), answered with a page.
 *
 * <p>The client address is the peer's, or what a trusted proxy says it is ({@link TrustedProxies}):
 * a client cannot set {@code X-Forwarded-For} itself to escape its limit.
 */
@ApplicationScoped
public class ApiGuard {

  private final GatewayConfig config;
  private final PortalConfig portal;
  private final RateLimiter limiter;
  private final TrustedProxies proxies;
  private final TrustViolations violations;
  private final long maxBody;

  ApiGuard(
      GatewayConfig config,
      PortalConfig portal,
      RateLimiter limiter,
      TrustViolations violations,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
    this.config = config;
    this.violations = violations;
    this.portal = portal;
    this.limiter = limiter;
    this.proxies = TrustedProxies.of(config.trustedProxies().orElse(List.of()));
    this.maxBody = maxBody.asLongValue();
  }

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String path = rc.normalizedPath();
          if (isPortal(path)) {
            portal(rc);
          } else if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            api(rc, path);
          } else {
            rc.next();
          }
        },
        900);
  }

  /** The client's address, for its rate limit: see {@link TrustedProxies#clientAddress}. */
  String clientAddress(RoutingContext rc) {
    // The connection's peer, not the request's remote address (which forwarding may rewrite).
    SocketAddress peer = rc.request().connection().remoteAddress();
    String address = peer.hostAddress() != null ? peer.hostAddress() : peer.host();
    return proxies.clientAddress(address, rc.request().getHeader("X-Forwarded-For"));
  }

  public static boolean isPortal(String path) {
    return path != null
        && (path.equals("/") || path.equals("/portal") || path.startsWith("/portal/"));
  }

  private void portal(RoutingContext rc) {
    long wait = limiter.retryAfterSeconds("portal|addr|" + clientAddress(rc), portal.perAddress());
    if (wait > 0) {
      rc.response()
          .setStatusCode(429)
          .putHeader("Retry-After", String.valueOf(wait))
          .putHeader("Content-Type", "text/html; charset=UTF-8")
          .putHeader("Cache-Control", "no-store")
          .end(tooManyPage(wait));
      return;
    }
    rc.next();
  }

  /**
   * The page for a browser over its address's limit. Before authentication the reader's language is
   * not known, so it says it in both; it asks for nothing else (no stylesheet, itself limited).
   */
  static String tooManyPage(long wait) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Too many requests</title></head><body><main><h1>Too many requests</h1>"
        + "<p>Please wait "
        + wait
        + " s, then try again.</p><p lang=\"es\">Demasiadas solicitudes. Espere "
        + wait
        + " s y vuelva a intentarlo.</p></main></body></html>";
  }

  private void api(RoutingContext rc, String path) {
    Map.Entry<String, GatewayConfig.Route> route = routeOf(path);
    if (route == null) {
      // No service here owns this path: a problem, not the login page nor an HTML 404.
      ProblemWriter.send(rc, ProblemType.NOT_FOUND, "No resource at this path");
      return;
    }
    long wait =
        limiter.retryAfterSeconds(
            route.getKey() + "|addr|" + clientAddress(rc), route.getValue().perAddress());
    if (wait > 0) {
      rc.response().putHeader("Retry-After", String.valueOf(wait));
      ProblemWriter.send(
          rc, ProblemType.TOO_MANY_REQUESTS, "Slow down; retry after " + wait + " s");
      return;
    }
    String length = rc.request().getHeader("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBody) {
      rc.response().putHeader("Connection", "close");
      ProblemWriter.send(
          rc, ProblemType.PAYLOAD_TOO_LARGE, "Bodies are limited to " + maxBody + " bytes");
      return;
    }
    String auth = rc.request().getHeader("Authorization");
    boolean bearer = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
    boolean session =
        rc.request().cookies().stream().anyMatch(c -> c.getName().startsWith("q_session"));
    if (!bearer && !session) {
      rc.response().putHeader("WWW-Authenticate", "Bearer");
      ProblemWriter.send(rc, ProblemType.UNAUTHORIZED, "Send a valid bearer access token");
      return;
    }
    if (bearer && !accessToken(auth.substring(7).trim())) {
      violations.refused(rc.request().getHeader("Authorization"), rc.normalizedPath());
      rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      ProblemWriter.send(
          rc, ProblemType.UNAUTHORIZED, "Send an access token; an ID token is not one");
      return;
    }
    rc.next();
  }

  /**
   * Whether a bearer token claims to be an access token ({@code typ} "Bearer", as the issuer writes
   * it). An ID token of the same issuer is signed alike and would pass verification, so it is
   * turned away here; the token is still verified in full afterwards, and by the service.
   */
  static boolean accessToken(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return true; // not a JWT: verification refuses it
    }
    try {
      JsonObject claims =
          new JsonObject(
              new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      Object typ = claims.getValue("typ");
      return typ == null || "Bearer".equals(typ);
    } catch (RuntimeException unreadable) {
      return true; // verification refuses it
    }
  }

  Map.Entry<String, GatewayConfig.Route> routeOf(String path) {
    if (path == null) {
      return null;
    }
    for (Map.Entry<String, GatewayConfig.Route> e : GatewayConfig.running(config).entrySet()) {
      String prefix = e.getValue().prefix();
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return e;
      }
    }
    return null;
  }
}
