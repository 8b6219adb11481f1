package org.puente.removals.api;

/** How a complaint was decided. */
public enum ComplaintOutcome {
  UPHELD,
  PARTLY_UPHELD,
  NOT_UPHELD,
  WITHDRAWN
}
