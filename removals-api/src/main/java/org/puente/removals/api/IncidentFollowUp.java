package org.puente.removals.api;

/**
 * Where the follow-up of an incident stands: REPORTED → ASSIGNED (to someone who looks into it) →
 * UNDER_REVIEW → CLOSED (with findings).
 */
public enum IncidentFollowUp {
  REPORTED,
  ASSIGNED,
  UNDER_REVIEW,
  CLOSED
}
