package org.puente.removals.api;

/** Where a removal case stands; the service's state machine says which moves are lawful. */
public enum CaseStatus {
  OPEN,
  SCREENING,
  PROTECTION_CLAIM_PENDING,
  PROTECTION_GRANTED,
  PROTECTION_DENIED,
  REMOVAL_ORDERED,
  APPEAL_PENDING,
  ENFORCEABLE,
  MANIFESTED,
  REMOVED,
  RELEASED,
  CLOSED
}
