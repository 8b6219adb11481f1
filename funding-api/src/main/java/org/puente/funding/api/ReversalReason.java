package org.puente.funding.api;

/**
 * Why a payment is reversed, as a code: the code is what the ledger and the IATI export carry; the
 * words of the request stay on the reversal in this service.
 */
public enum ReversalReason {
  /** The same cost was paid twice. */
  DUPLICATE_PAYMENT,
  /** More was paid than was owed. */
  OVERPAYMENT,
  /** What was paid for was not delivered (a flight that did not fly). */
  NOT_DELIVERED,
  /** The cost was not allowable under the agreement. */
  UNALLOWABLE_COST,
  /** The payment was made in error. */
  PAID_IN_ERROR
}
