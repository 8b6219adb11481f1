package org.puente.funding.disbursements;

import java.time.Instant;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** A reversal of a payment and its decision. */
public record ReversalView(
    long id,
    long disbursementId,
    long obligationId,
    long agreementId,
    ReversalKind kind,
    ReversalReason reasonCode,
    String reason,
    Money amount,
    ReversalStatus status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    long version)
    implements Identified {

  static ReversalView of(Reversal r, String currency) {
    return new ReversalView(
        r.id,
        r.disbursement.id,
        r.obligationId,
        r.agreementId,
        r.kind,
        r.reasonCode,
        r.reason,
        Money.of(r.amount, currency),
        r.status,
        r.requestedBy,
        r.requestedAt,
        r.decidedBy,
        r.decidedAt,
        r.decisionReason,
        r.version);
  }
}
