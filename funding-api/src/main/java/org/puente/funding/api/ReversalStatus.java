package org.puente.funding.api;

/** A reversal waits for a second person's decision, as a payment does. */
public enum ReversalStatus {
  REQUESTED,
  APPROVED,
  REJECTED
}
