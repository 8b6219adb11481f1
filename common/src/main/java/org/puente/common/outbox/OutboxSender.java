package org.puente.common.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.context.api.ManagedExecutorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox messages, one transaction each, as soon as the transaction that queued them
 * commits ({@link #afterCommit}), and every {@code puente.outbox.every} (1 s) as a safety net: for
 * what was queued before a restart, what a wake missed, and retries coming due. One run at a time
 * per process, on a thread of its own, never the request's: a wake during a run makes it run again
 * once more, so a burst of commits costs one run, not a thread each. A run sends only messages that
 * are due, so a partner that fails is still tried on its back-off, never on every commit. The
 * message row is locked ({@code FOR UPDATE SKIP LOCKED}) while it is sent, so two senders (two
 * replicas) never send it at once; a crash before the commit leaves it due, and the receiver's
 * idempotency key makes the resend harmless. Messages are retried with back-off until answered or
 * until they have failed {@code puente.outbox.max-attempts} times (20): then they are dead, kept
 * and no longer tried, until an operator retries them or gives them up ({@link OutboxAdmin});
 * {@link OutboxMetrics} shows them. Each delivery is a span in the trace of the request that queued
 * the message ({@link OutboxMessage#traceparent}), so the call to the partner carries that trace,
 * and so do the log lines about it.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class);
  private static final int BATCH = 50;

  /** Marks a transaction whose commit already wakes the sender: one wake per transaction. */
  private static final Object WAKE_ON_COMMIT = new Object();

  private final EntityManager em;
  private final Map<String, OutboxHandler> handlers;
  private final Tracer tracer;
  private final RetryPolicy retries;
  private final OutboxMetrics metrics;
  private final TransactionSynchronizationRegistry transactions;
  private final ManagedExecutor runs;

  /** A run is under way (or about to start): a wake then only asks for another. */
  private final AtomicBoolean running = new AtomicBoolean();

  /** Something may have come due since the current run last looked. */
  private final AtomicBoolean wanted = new AtomicBoolean();

  /** Shutting down: no new run, and a run under way stops after the message it is sending. */
  private volatile boolean stopping;

  OutboxSender(
      EntityManager em,
      Instance<OutboxHandler> handlers,
      Tracer tracer,
      OutboxMetrics metrics,
      TransactionSynchronizationRegistry transactions,
      // Nothing of the waking thread is carried over (least of all its transaction): a run starts
      // its own transactions and continues the trace stored with each message.
      @ManagedExecutorConfig(
              maxAsync = 1,
              maxQueued = 1,
              propagated = {},
              cleared = ThreadContext.ALL_REMAINING)
          ManagedExecutor runs,
      @ConfigProperty(name = "puente.outbox.first-retry", defaultValue = "1s") Duration first,
      @ConfigProperty(name = "puente.outbox.max-retry", defaultValue = "60s") Duration max,
      @ConfigProperty(name = "puente.outbox.max-attempts", defaultValue = "20") int maxAttempts) {
    this.em = em;
    this.handlers =
        handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
    this.tracer = tracer;
    this.metrics = metrics;
    this.transactions = transactions;
    this.runs = runs;
    this.retries = new RetryPolicy(new Backoff(first, max), maxAttempts);
  }

  /**
   * Sends what the current transaction queues as soon as it commits, on the sender's own thread;
   * nothing when it rolls back. Called within the transaction (by {@link Outbox#enqueue}, and for a
   * dead message sent back to be tried).
   */
  void afterCommit() {
    if (transactions.getResource(WAKE_ON_COMMIT) != null) {
      return;
    }
    transactions.putResource(WAKE_ON_COMMIT, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to send before the messages are committed.
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              wake();
            }
          }
        });
  }

  /** The safety net: sends what is due even when no commit here woke the sender. */
  @Scheduled(
      every = "${puente.outbox.every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    wake();
  }

  /**
   * Starts a run on the sender's thread unless one is under way, which then runs once more. Never
   * throws: the caller may be a committed transaction's completion.
   */
  void wake() {
    if (handlers.isEmpty() || stopping) {
      return;
    }
    wanted.set(true);
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      runs.execute(this::run);
    } catch (RejectedExecutionException e) {
      // Shutting down: what is due stays due, for the next start.
      running.set(false);
    }
  }

  private void run() {
    try {
      while (!stopping && wanted.getAndSet(false)) {
        if (sendDue()) {
          wanted.set(true);
        }
      }
    } catch (RuntimeException e) {
      // A message that could not even be postponed (the database away): the next poll tries again.
      LOG.warnf("Outbox run stopped: %s", e.getClass().getSimpleName());
    } finally {
      running.set(false);
    }
    // A wake that came after the last look but before running was cleared found a run under way.
    if (wanted.get()) {
      wake();
    }
  }

  /** Sends up to a batch of due messages; true when the batch was full (more may be due). */
  boolean sendDue() {
    for (int i = 0; i < BATCH; i++) {
      if (stopping || !sendOne()) {
        return false;
      }
    }
    return true;
  }

  /** A delivery under way finishes (or rolls back, for later) but no other starts. */
  void stop(@Observes ShutdownEvent event) {
    stopping = true;
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
                    + " and next_attempt_at <= :now order by next_attempt_at, id limit 1"
                    + " for update skip locked",
                OutboxMessage.class)
            // This process's clock, which wrote next_attempt_at: a database clock a little behind
            // would leave a message queued this instant for the next poll.
            .setParameter("now", Instant.now())
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
