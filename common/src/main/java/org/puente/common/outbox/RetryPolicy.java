package org.puente.common.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed message is tried again: after a back-off, until it has failed {@code maxAttempts}
 * times; then never on its own (it is dead, for an operator to retry or give up), so a request that
 * cannot succeed stops costing attempts and raises a signal instead.
 */
public record RetryPolicy(Backoff backoff, int maxAttempts) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("puente.outbox.max-attempts must be at least 1");
    }
  }

  /** The wait before the next attempt after {@code failures} failed ones; empty: it is dead. */
  public Optional<Duration> next(int failures) {
    return failures >= maxAttempts ? Optional.empty() : Optional.of(backoff.after(failures));
  }
}
