package org.puente.funding.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** A reversal of a payment and its decision. */
@JsonIgnoreProperties(ignoreUnknown = true)
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
    implements Identified {}
