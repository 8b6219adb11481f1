package org.puente.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.puente.common.time.BatchedDelete;

/**
 * Deletes idempotency records once their window has passed. A record holds the full first answer of
 * a create (names, birth dates), so it must not outlive its purpose: a client retries within
 * minutes, and after the window ({@code puente.idempotency.keep}, 24 h by default) a replayed key
 * is simply a new request. Inside the window {@link Idempotency} replays as before.
 */
@ApplicationScoped
public class IdempotencyPurge {

  private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

  private final EntityManager em;
  private final Clock clock;
  private final Duration keep;
  private final int batch;

  IdempotencyPurge(
      EntityManager em,
      Clock clock,
      @ConfigProperty(name = "puente.idempotency.keep", defaultValue = "PT24H") Duration keep,
      @ConfigProperty(name = "puente.purge.batch", defaultValue = "1000") int batch) {
    this.em = em;
    this.clock = clock;
    this.keep = keep;
    this.batch = batch;
  }

  @Scheduled(
      cron = "${puente.idempotency.purge-cron:0 7 * * * ?}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    purge();
  }

  /** Deletes every record older than the window; answers how many went. */
  public long purge() {
    Instant before = clock.instant().minus(keep);
    long deleted =
        BatchedDelete.run(
            em,
            "delete from idempotency_record where (caller, idem_key) in (select caller, idem_key"
                + " from idempotency_record where created_at < ?1 limit ?2)",
            before,
            batch);
    // Counts only: a record's caller and key are not for the log.
    LOG.infof("Idempotency purge: %d record(s) older than %s deleted", deleted, keep);
    return deleted;
  }

  /** How many would go now (a dry run's answer); deletes nothing. */
  public long count() {
    return ((Number)
            em.createNativeQuery("select count(*) from idempotency_record where created_at < ?1")
                .setParameter(1, clock.instant().minus(keep))
                .getSingleResult())
        .longValue();
  }
}
