package org.puente.common.outbox;

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
 * Deletes delivered outbox messages a few days after delivery ({@code
 * puente.outbox.keep-delivered}, 7 days by default): long enough to answer "was it sent, when?", no
 * longer. Undelivered messages are never deleted: they are retried until answered.
 */
@ApplicationScoped
public class OutboxPurge {

  private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

  private final EntityManager em;
  private final Clock clock;
  private final Duration keep;
  private final int batch;

  OutboxPurge(
      EntityManager em,
      Clock clock,
      @ConfigProperty(name = "puente.outbox.keep-delivered", defaultValue = "P7D") Duration keep,
      @ConfigProperty(name = "puente.purge.batch", defaultValue = "1000") int batch) {
    this.em = em;
    this.clock = clock;
    this.keep = keep;
    this.batch = batch;
  }

  @Scheduled(
      cron = "${puente.outbox.purge-cron:0 37 * * * ?}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    purge();
  }

  /** Deletes every message delivered before the window; answers how many went. */
  public long purge() {
    Instant before = clock.instant().minus(keep);
    long deleted =
        BatchedDelete.run(
            em,
            "delete from outbox_message where id in (select id from outbox_message"
                + " where delivered_at < ?1 order by delivered_at limit ?2)",
            before,
            batch);
    LOG.infof("Outbox purge: %d delivered message(s) older than %s deleted", deleted, keep);
    return deleted;
  }

  /** How many would go now (a dry run's answer); deletes nothing. */
  public long count() {
    return ((Number)
            em.createNativeQuery("select count(*) from outbox_message where delivered_at < ?1")
                .setParameter(1, clock.instant().minus(keep))
                .getSingleResult())
        .longValue();
  }
}
