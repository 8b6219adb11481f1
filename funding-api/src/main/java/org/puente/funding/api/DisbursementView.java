package org.puente.funding.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** A payment request and its decision; {@code output}: what it bought, when it was said. */
@JsonIgnoreProperties(ignoreUnknown = true)
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
    long version,
    DeliveredOutput output)
    implements Identified {}
