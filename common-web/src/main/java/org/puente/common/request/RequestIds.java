package org.puente.common.request;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The request id of the current request, kept in the log context and in the routing context under
 * {@value #MDC_KEY}. One rule for the gateway and the services: see {@link RequestIdFilter}.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  /** What we accept from a client: short, printable and safe to log. */
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /** The id of the request being served, or null outside a request. */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? null : id.toString();
  }

  /** The id {@link RequestIdFilter} gave this request, or null before it ran. */
  public static String of(RoutingContext rc) {
    Object id = rc.get(MDC_KEY);
    return id == null ? null : id.toString();
  }

  /** Keeps the client's id when it is safe to log, otherwise makes a new one. */
  public static String acceptOrCreate(String fromClient) {
    if (fromClient != null && ACCEPTABLE.matcher(fromClient).matches()) {
      return fromClient;
    }
    return UUID.randomUUID().toString();
  }
}
