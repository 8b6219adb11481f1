package org.puente.removals.api;

/** What started a retention run. */
public enum RetentionTrigger {
  /** The daily schedule. */
  SCHEDULE,
  /** An administrator, through the API. */
  REQUEST
}
