package org.puente.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks made on API paths before authentication: the client address's rate, the declared body
 * size, and that some credential is present (an API path answers 401, never a login redirect).
 */
@ApplicationScoped
public class ApiGuard {

  private final GatewayConfig config;
  private final RateLimiter limiter;
  private final long maxBody;

  ApiGuard(
      GatewayConfig config,
      RateLimiter limiter,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
    this.config = config;
    this.limiter = limiter;
    this.maxBody = maxBody.asLongValue();
  }

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String path = rc.normalizedPath();
          Map.Entry<String, GatewayConfig.Route> route = routeOf(path);
          if (route == null) {
            rc.next();
            return;
          }
          long wait =
              limiter.retryAfterSeconds(
                  route.getKey() + "|addr|" + rc.request().remoteAddress().host(),
                  route.getValue().perAddress());
          if (wait > 0) {
            rc.response().putHeader("Retry-After", String.valueOf(wait));
            Problems.send(
                rc,
                429,
                "too-many-requests",
                "Too many requests",
                "Slow down; retry after " + wait + " s");
            return;
          }
          String length = rc.request().getHeader("Content-Length");
          if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBody) {
            rc.response().putHeader("Connection", "close");
            Problems.send(
                rc,
                413,
                "payload-too-large",
                "Request body is too large",
                "Bodies are limited to " + maxBody + " bytes");
            return;
          }
          String auth = rc.request().getHeader("Authorization");
          boolean bearer = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
          boolean session =
              rc.request().cookies().stream().anyMatch(c -> c.getName().startsWith("q_session"));
          if (!bearer && !session) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.send(
                rc,
                401,
                "unauthorized",
                "Authentication required",
                "Send a valid bearer access token");
            return;
          }
          if (bearer && !accessToken(auth.substring(7).trim())) {
            rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.send(
                rc,
                401,
                "unauthorized",
                "Authentication required",
                "Send an access token; an ID token is not one");
            return;
          }
          rc.next();
        },
        900);
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
