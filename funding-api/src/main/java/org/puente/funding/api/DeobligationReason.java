package org.puente.funding.api;

/**
 * Why funds go back to their line. A code, not words: it enters the ledger and the IATI export,
 * where free text (a cancellation reason naming people, say) must never go.
 */
public enum DeobligationReason {
  /** The removal operation the funds were for was cancelled. */
  OPERATION_CANCELLED,
  /** The training session the funds were for was cancelled. */
  SESSION_CANCELLED,
  /** The cost changed; the difference goes back. */
  COST_CHANGED,
  /** The work is done and the rest was not needed. */
  FUNDS_NOT_NEEDED,
  /** The obligation was made in error. */
  OBLIGATED_IN_ERROR
}
