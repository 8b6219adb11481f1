package org.puente.common.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outbox's signals, per topic: {@code puente_outbox_pending} (undelivered, not dead), {@code
 * puente_outbox_oldest_pending_age_seconds}, {@code puente_outbox_dead} (dead, not given up) and
 * the counter {@code puente_outbox_attempts_total{outcome=delivered|failed}}.
 *
 * <p>The gauges are read from the database by one grouped query every {@code
 * puente.outbox.metrics-every} (15 s), not on each scrape: a scrape then never waits for the
 * database nor takes one of its connections, however often and from however many scrapers it comes,
 * and the query reads only undelivered messages through a partial index. The age is computed at the
 * scrape from the oldest creation time, so it keeps growing between refreshes. The table is shared
 * by the replicas, so each reports the same gauges: aggregate with {@code max}.
 */
@ApplicationScoped
@Startup
public class OutboxMetrics {

  /** One topic's undelivered messages, as last read. */
  private record Counts(long pending, double oldestPendingEpochSeconds, long dead) {
    static final Counts NONE = new Counts(0, Double.NaN, 0);
  }

  private final EntityManager em;
  private final MeterRegistry registry;
  private final Set<String> handled = new HashSet<>();
  private final Map<String, Counts> counts = new ConcurrentHashMap<>();

  OutboxMetrics(EntityManager em, MeterRegistry registry, Instance<OutboxHandler> handlers) {
    this.em = em;
    this.registry = registry;
    handlers.forEach(h -> handled.add(h.topic()));
    // Every topic this service sends shows from the start, at zero, not only once it has a backlog.
    handled.forEach(this::register);
  }

  /** One attempt of a message of {@code topic}: answered or not. */
  void attempted(String topic, boolean delivered) {
    registry
        .counter(
            "puente.outbox.attempts", "topic", topic, "outcome", delivered ? "delivered" : "failed")
        .increment();
  }

  @Scheduled(
      every = "${puente.outbox.metrics-every:15s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (!handled.isEmpty()) {
      refresh();
    }
  }

  /** Reads the gauges' values now (the schedule does it; tests call it to read them at once). */
  @Transactional
  public void refresh() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select topic, count(*) filter (where dead_at is null),"
                    + " extract(epoch from min(created_at) filter (where dead_at is null)),"
                    + " count(*) filter (where dead_at is not null)"
                    + " from outbox_message where delivered_at is null and given_up_at is null"
                    + " group by topic")
            .getResultList();
    Set<String> seen = new HashSet<>();
    for (Object[] row : rows) {
      String topic = (String) row[0];
      seen.add(topic);
      Number oldest = (Number) row[2];
      counts.put(
          topic,
          new Counts(
              ((Number) row[1]).longValue(),
              oldest == null ? Double.NaN : oldest.doubleValue(),
              ((Number) row[3]).longValue()));
      register(topic);
    }
    counts.keySet().retainAll(seen);
  }

  private void register(String topic) {
    if (registry.find("puente.outbox.pending").tag("topic", topic).gauge() != null) {
      return;
    }
    Gauge.builder("puente.outbox.pending", this, m -> m.of(topic).pending())
        .description("Outbox messages waiting to be delivered (not dead)")
        .tag("topic", topic)
        .strongReference(true)
        .register(registry);
    Gauge.builder("puente.outbox.oldest.pending.age.seconds", this, m -> m.oldestAge(topic))
        .description("Age of the oldest outbox message waiting to be delivered; 0 when none")
        .tag("topic", topic)
        .strongReference(true)
        .register(registry);
    Gauge.builder("puente.outbox.dead", this, m -> m.of(topic).dead())
        .description("Dead outbox messages, no longer tried until an operator retries them")
        .tag("topic", topic)
        .strongReference(true)
        .register(registry);
  }

  private Counts of(String topic) {
    return counts.getOrDefault(topic, Counts.NONE);
  }

  private double oldestAge(String topic) {
    double oldest = of(topic).oldestPendingEpochSeconds();
    if (Double.isNaN(oldest)) {
      return 0;
    }
    return Math.max(0, System.currentTimeMillis() / 1000.0 - oldest);
  }
}
