package org.puente.common.request;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * One access-log line per request, in the gateway and every service: method, path (no query string,
 * which may carry personal data), status, duration. Runs right after the request id is set ({@link
 * RequestIdFilter}), so the line carries it and the trace id, and before authentication so every
 * answer is logged. The same request's lines at the gateway and at the service share both ids: that
 * is how one request is followed across the parts.
 */
@ApplicationScoped
public class AccessLog {

  private static final Logger ACCESS = Logger.getLogger("org.puente.access");

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          long start = System.nanoTime();
          rc.addEndHandler(
              done ->
                  ACCESS.infof(
                      "%s %s %d %dms",
                      rc.request().method(),
                      rc.normalizedPath(),
                      rc.response().getStatusCode(),
                      (System.nanoTime() - start) / 1_000_000));
          rc.next();
        },
        RequestIdFilter.PRIORITY - 1);
  }
}
