package org.puente.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Keeps the client's {@code X-Request-Id} when it is safe to log, makes one otherwise, echoes it,
 * and writes one access-log line per request: method, path (no query string, which may carry
 * personal data), status, duration. Runs before authentication so every answer carries it.
 */
@ApplicationScoped
public class RequestIds {

  static final String HEADER = "X-Request-Id";
  static final String KEY = "requestId";
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Logger ACCESS = Logger.getLogger("org.puente.gateway.access");

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String fromClient = rc.request().getHeader(HEADER);
          String id =
              fromClient != null && ACCEPTABLE.matcher(fromClient).matches()
                  ? fromClient
                  : UUID.randomUUID().toString();
          rc.put(KEY, id);
          MDC.put(KEY, id);
          // Downstream sees the same id, whatever the client sent.
          rc.request().headers().set(HEADER, id);
          rc.response().putHeader(HEADER, id);
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
        1000);
  }
}
