package org.puente.training.api;

import org.puente.common.money.Money;

/**
 * A session's funding in funding-service; once completed, its actual cost, the officers it
 * certified, and the payment request filed for them ({@code paymentRequestId}, once answered).
 */
public record SessionFunding(
    FundingStatus status,
    Long budgetLineId,
    Long obligationId,
    String reason,
    Money actualCost,
    Integer officersCertified,
    Long paymentRequestId) {

  public SessionFunding(FundingStatus status, Long budgetLineId, Long obligationId, String reason) {
    this(status, budgetLineId, obligationId, reason, null, null, null);
  }
}
