package org.puente.gateway.portal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.puente.gateway.ApiGuard;
import org.puente.gateway.RateLimiter;

/**
 * Portal pages are limited per signed-in user, as the API is per caller (the address's limit is
 * checked earlier, by {@link ApiGuard}): over it, a 429 page with {@code Retry-After}.
 */
@ApplicationScoped // created at first use, once the runtime configuration is there
public class PortalRateLimit {

  @Inject RateLimiter limiter;
  @Inject PortalConfig config;
  @Inject SecurityIdentity identity;

  @ServerRequestFilter
  public void limit(ContainerRequestContext request) {
    if (identity.isAnonymous() || !ApiGuard.isPortal(request.getUriInfo().getPath())) {
      return;
    }
    String user = identity.getPrincipal().getName();
    long wait = limiter.retryAfterSeconds("portal|user|" + user, config.perUser());
    if (wait > 0) {
      throw new TooManyRequests(wait);
    }
  }

  /** The user is over their limit: shown as a page, to retry after {@code seconds}. */
  static final class TooManyRequests extends RuntimeException {
    private final long seconds;

    TooManyRequests(long seconds) {
      super("retry after " + seconds + " s", null, false, false);
      this.seconds = seconds;
    }

    long seconds() {
      return seconds;
    }
  }
}
