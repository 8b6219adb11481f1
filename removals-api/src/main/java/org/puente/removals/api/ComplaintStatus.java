package org.puente.removals.api;

/** Where a complaint stands: received, acknowledged, investigated, decided. */
public enum ComplaintStatus {
  RECEIVED,
  ACKNOWLEDGED,
  UNDER_INVESTIGATION,
  DECIDED
}
