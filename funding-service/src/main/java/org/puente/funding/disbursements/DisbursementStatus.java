package org.puente.funding.disbursements;

/** A payment request waits for a second person's decision. */
public enum DisbursementStatus {
  REQUESTED,
  APPROVED,
  REJECTED
}
