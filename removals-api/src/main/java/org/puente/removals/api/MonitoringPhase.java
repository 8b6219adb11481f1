package org.puente.removals.api;

/** When a monitor observed what a report describes. */
public enum MonitoringPhase {
  BEFORE_DEPARTURE,
  DURING_FLIGHT,
  AFTER_ARRIVAL
}
