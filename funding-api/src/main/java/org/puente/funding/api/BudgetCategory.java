package org.puente.funding.api;

/** What a budget line pays for. */
public enum BudgetCategory {
  CHARTER_FLIGHTS,
  COMMERCIAL_TICKETS,
  INFRASTRUCTURE,
  EQUIPMENT,
  TRAINING,
  BIOMETRICS
}
