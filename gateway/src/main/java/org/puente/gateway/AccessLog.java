package org.puente.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.puente.common.request.RequestIdFilter;

/**
 * One access-log line per request: method, path (no query string, which may carry personal data),
 * status, duration. Runs right after the request id is set ({@link RequestIdFilter}, shared with
 * the services), so the line carries it, and before authentication so every answer is logged.
 */
@ApplicationScoped
public class AccessLog {

  private static final Logger ACCESS = Logger.getLogger("org.puente.gateway.access");

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
