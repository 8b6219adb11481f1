package org.puente.funding.api;

/** A payment request waits for a second person's decision. */
public enum DisbursementStatus {
  REQUESTED,
  APPROVED,
  REJECTED
}
