package org.puente.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60)), 3);

  @Test
  void triesAgainAfterABackOffUntilTheLastAllowedFailure() {
    assertTrue(policy.next(1).isPresent());
    assertTrue(policy.next(2).isPresent());
    long wait = policy.next(2).orElseThrow().toMillis();
    assertTrue(wait >= 1600 && wait <= 2400, "second wait " + wait);
  }

  @Test
  void theLastAllowedFailureMakesItDeadAndSoDoesAnyLater() {
    assertEquals(Optional.empty(), policy.next(3));
    assertEquals(Optional.empty(), policy.next(4));
  }

  @Test
  void oneAttemptMeansTheFirstFailureIsFinal() {
    RetryPolicy once = new RetryPolicy(policy.backoff(), 1);
    assertEquals(Optional.empty(), once.next(1));
  }

  @Test
  void lessThanOneAttemptIsAConfigurationError() {
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(policy.backoff(), 0));
  }
}
