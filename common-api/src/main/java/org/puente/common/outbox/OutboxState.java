package org.puente.common.outbox;

/** Where an outbox message stands. */
public enum OutboxState {
  /** Waiting for its next attempt. */
  PENDING,
  /** Answered by the receiver (kept a few days, then purged). */
  DELIVERED,
  /** Failed as many times as {@code puente.outbox.max-attempts}: no longer tried on its own. */
  DEAD,
  /** Dead, and an operator decided it is never to be sent (kept for the record). */
  GIVEN_UP
}
