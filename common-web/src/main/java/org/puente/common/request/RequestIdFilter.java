package org.puente.common.request;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id} (the caller's if safe, else a new one), puts it in
 * the log context and echoes it. Runs on the HTTP layer, before security, so even a 401 carries it.
 * The request itself carries the accepted id from here on, so whatever reads or forwards it (the
 * gateway's proxy, the portal's calls to the services) passes the same id, whatever the client
 * sent. The request's server span carries it as {@value #SPAN_ATTRIBUTE}, so a trace is found by
 * the id a caller quotes.
 */
@ApplicationScoped
public class RequestIdFilter {

  /** Before authentication and every other filter. */
  public static final int PRIORITY = 1000;

  public static final String SPAN_ATTRIBUTE = "puente.request_id";

  private static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey(SPAN_ATTRIBUTE);

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String id = RequestIds.acceptOrCreate(rc.request().getHeader(RequestIds.HEADER));
          MDC.put(RequestIds.MDC_KEY, id);
          rc.put(RequestIds.MDC_KEY, id);
          // The server span the tracer opened for this request (a no-op span when there is none).
          Span.current().setAttribute(REQUEST_ID, id);
          rc.request().headers().set(RequestIds.HEADER, id);
          rc.response().putHeader(RequestIds.HEADER, id);
          rc.next();
        },
        PRIORITY);
  }
}
