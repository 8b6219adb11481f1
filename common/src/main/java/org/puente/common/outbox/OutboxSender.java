package org.puente.common.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox messages, one transaction each. The message row is locked ({@code FOR UPDATE
 * SKIP LOCKED}) while it is sent, so two senders (two replicas) never send it at once; a crash
 * before the commit leaves it due, and the receiver's idempotency key makes the resend harmless.
 * Messages are retried with back-off until answered or until they have failed {@code
 * puente.outbox.max-attempts} times (20): then they are dead, kept and no longer tried, until an
 * operator retries them or gives them up ({@link OutboxAdmin}); {@link OutboxMetrics} shows them.
 * Each delivery is a span in the trace of the request that queued the message ({@link
 * OutboxMessage#traceparent}), so the call to the partner carries that trace, and so do the log
 * lines about it.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class);
  private static final int BATCH = 50;

  private final EntityManager em;
  private final Map<String, OutboxHandler> handlers;
  private final Tracer tracer;
  private final RetryPolicy retries;
  private final OutboxMetrics metrics;

  OutboxSender(
      EntityManager em,
      Instance<OutboxHandler> handlers,
      Tracer tracer,
      OutboxMetrics metrics,
      @ConfigProperty(name = "puente.outbox.first-retry", defaultValue = "1s") Duration first,
      @ConfigProperty(name = "puente.outbox.max-retry", defaultValue = "60s") Duration max,
      @ConfigProperty(name = "puente.outbox.max-attempts", defaultValue = "20") int maxAttempts) {
    this.em = em;
    this.handlers =
        handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
    this.tracer = tracer;
    this.metrics = metrics;
    this.retries = new RetryPolicy(new Backoff(first, max), maxAttempts);
  }

  @Scheduled(
      every = "${puente.outbox.every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sendDue() {
    if (handlers.isEmpty()) {
      return;
    }
    for (int i = 0; i < BATCH && sendOne(); i++) {
      // one message per transaction, until none is due
    }
  }

  /** Sends the oldest due message; false when none is due. */
  boolean sendOne() {
    String delivered;
    try {
      delivered = QuarkusTransaction.requiringNew().call(this::deliverNext);
    } catch (Undelivered e) {
      // Logged in the message's trace too.
      try (Scope scope = e.trace.makeCurrent()) {
        QuarkusTransaction.requiringNew().run(() -> postpone(e.id, e.getCause()));
      }
      metrics.attempted(e.topic, false);
      return true;
    }
    if (delivered == null) {
      return false;
    }
    metrics.attempted(delivered, true);
    return true;
  }

  /** Delivers the oldest due message; answers its topic, or null when none is due. */
  private String deliverNext() {
    @SuppressWarnings("unchecked")
    List<OutboxMessage> due =
        em.createNativeQuery(
                "select * from outbox_message where delivered_at is null and dead_at is null"
                    + " and next_attempt_at <= now() order by next_attempt_at, id limit 1"
                    + " for update skip locked",
                OutboxMessage.class)
            .getResultList();
    if (due.isEmpty()) {
      return null;
    }
    OutboxMessage m = due.get(0);
    Context trace = Traceparent.parent(m.traceparent);
    OutboxHandler handler = handlers.get(m.topic);
    if (handler == null) {
      throw new Undelivered(
          m.id, m.topic, trace, new IllegalStateException("No handler for topic " + m.topic));
    }
    Span span =
        tracer
            .spanBuilder("outbox " + m.topic)
            .setParent(trace)
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute("puente.outbox.topic", m.topic)
            .setAttribute("puente.outbox.attempt", m.attempts + 1L)
            .startSpan();
    // Current while the handler runs: its REST client passes the trace on (traceparent).
    try (Scope scope = span.makeCurrent()) {
      handler.deliver(m.key, m.payload);
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      // Rolls back whatever the handler wrote; the attempt is recorded in a new transaction.
      throw new Undelivered(m.id, m.topic, trace, e);
    } finally {
      span.end();
    }
    m.deliveredAt = Instant.now();
    return m.topic;
  }

  private void postpone(long id, Throwable cause) {
    OutboxMessage m = em.find(OutboxMessage.class, id);
    if (m == null || m.deliveredAt != null || m.deadAt != null) {
      return;
    }
    m.attempts++;
    String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    m.lastError = error.length() > 500 ? error.substring(0, 500) : error;
    Optional<Duration> next = retries.next(m.attempts);
    if (next.isEmpty()) {
      m.deadAt = Instant.now();
      // Once per message: topic, id, attempts and the kind of error, never the payload or a key.
      LOG.warnf(
          "Outbox message %d (%s) is dead after %d failed attempts, last %s: no longer tried until"
              + " an operator retries or gives it up",
          m.id, m.topic, m.attempts, cause.getClass().getSimpleName());
      return;
    }
    Duration wait = next.get();
    m.nextAttemptAt = Instant.now().plus(wait);
    // The message names a topic and a key, never personal data.
    LOG.warnf(
        "Outbox %s %s not delivered (attempt %d), next in %d ms: %s",
        m.topic, m.key, m.attempts, wait.toMillis(), cause.getClass().getSimpleName());
  }

  /** A message that got no answer this time. */
  private static final class Undelivered extends RuntimeException {
    final long id;
    final String topic;
    final transient Context trace;

    Undelivered(long id, String topic, Context trace, Throwable cause) {
      super(cause);
      this.id = id;
      this.topic = topic;
      this.trace = trace;
    }
  }
}
