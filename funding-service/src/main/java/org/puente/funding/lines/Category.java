package org.puente.funding.lines;

/** What a budget line pays for. */
public enum Category {
  CHARTER_FLIGHTS,
  COMMERCIAL_TICKETS,
  INFRASTRUCTURE,
  EQUIPMENT,
  TRAINING,
  BIOMETRICS
}
