package org.puente.funding.disbursements;

/** A reversal waits for a second person's decision, as a payment does. */
public enum ReversalStatus {
  REQUESTED,
  APPROVED,
  REJECTED
}
