package org.puente.common.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.List;

/**
 * The W3C {@code traceparent} of a trace context, as the outbox stores it: written with a message
 * from the context of the request that queued it, read back when the message is delivered, so the
 * delivery (and the partner's work it causes) continues the request's trace.
 */
final class Traceparent {

  private static final String HEADER = "traceparent";
  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

  private static final TextMapSetter<String[]> INTO =
      (carrier, key, value) -> {
        if (HEADER.equals(key)) {
          carrier[0] = value;
        }
      };

  private static final TextMapGetter<String> FROM =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
          return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
          return HEADER.equals(key) ? carrier : null;
        }
      };

  private Traceparent() {}

  /** The current context's traceparent, or null outside a trace. */
  static String current() {
    String[] value = new String[1];
    W3C.inject(Context.current(), value, INTO);
    return value[0];
  }

  /**
   * The context a stored traceparent names, as the parent of the delivery's span; the root context
   * (a new trace) when none was stored or it does not parse.
   */
  static Context parent(String traceparent) {
    return traceparent == null ? Context.root() : W3C.extract(Context.root(), traceparent, FROM);
  }
}
