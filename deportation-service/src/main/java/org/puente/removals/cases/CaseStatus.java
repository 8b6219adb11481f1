package org.puente.removals.cases;

/** Where a removal case stands; {@link CaseStateMachine} says which moves are lawful. */
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
