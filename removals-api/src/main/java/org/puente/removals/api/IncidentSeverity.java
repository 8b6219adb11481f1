package org.puente.removals.api;

/** How grave an incident is; set when reported or at follow-up. */
public enum IncidentSeverity {
  MINOR,
  SERIOUS,
  CRITICAL
}
