package org.puente.common.time;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Deletes rows older than a moment in batches, one transaction each, so a purge of a large backlog
 * never holds long locks or one huge transaction.
 */
public final class BatchedDelete {

  private BatchedDelete() {}

  /**
   * Runs {@code sql} (a delete with {@code ?1} the moment and {@code ?2} the batch size) until a
   * batch deletes fewer rows than {@code batch}; answers how many rows went.
   */
  public static long run(EntityManager em, String sql, Instant before, int batch) {
    long total = 0;
    while (true) {
      int deleted =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      em.createNativeQuery(sql)
                          .setParameter(1, before)
                          .setParameter(2, batch)
                          .executeUpdate());
      total += deleted;
      if (deleted < batch) {
        return total;
      }
    }
  }
}
