package org.puente.common.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential back-off with a ceiling and ±20 % jitter, so retries of many senders spread out. */
public record Backoff(Duration first, Duration max) {

  /** The wait before the next attempt, after {@code failures} failed ones (1 or more). */
  public Duration after(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    // At most 2^30 times the first wait: no overflow for any sane first wait.
    long millis = Math.min(first.toMillis() << doublings, max.toMillis());
    double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis(Math.max(1, Math.round(millis * jitter)));
  }
}
