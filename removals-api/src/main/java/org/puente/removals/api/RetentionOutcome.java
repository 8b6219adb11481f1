package org.puente.removals.api;

/** How a retention run ended. */
public enum RetentionOutcome {
  RUNNING,
  COMPLETED,
  /** Stopped by an error: the batches committed before it stay done, the next run continues. */
  FAILED
}
