package org.puente.common.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

  @Test
  void doublesFromTheFirstWaitWithJitter() {
    for (int failures = 1; failures <= 6; failures++) {
      long expected = 1000L << (failures - 1);
      long wait = backoff.after(failures).toMillis();
      assertTrue(wait >= expected * 0.8 && wait <= expected * 1.2, failures + " → " + wait);
    }
  }

  @Test
  void neverWaitsLongerThanTheCeilingPlusJitter() {
    for (int failures : new int[] {7, 20, 31, 1000, Integer.MAX_VALUE}) {
      long wait = backoff.after(failures).toMillis();
      assertTrue(wait >= 48_000 && wait <= 72_000, failures + " → " + wait);
    }
  }
}
