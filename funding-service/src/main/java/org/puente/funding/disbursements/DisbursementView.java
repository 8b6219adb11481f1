package org.puente.funding.disbursements;

import java.time.Instant;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** A payment request and its decision. */
public record DisbursementView(
    long id,
    long obligationId,
    long agreementId,
    PaymentKind kind,
    Money amount,
    String description,
    DisbursementStatus status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    long version)
    implements Identified {

  static DisbursementView of(Disbursement d, String currency) {
    return new DisbursementView(
        d.id,
        d.obligation.id,
        d.agreementId,
        d.kind,
        Money.of(d.amount, currency),
        d.description,
        d.status,
        d.requestedBy,
        d.requestedAt,
        d.decidedBy,
        d.decidedAt,
        d.decisionReason,
        d.version);
  }
}
