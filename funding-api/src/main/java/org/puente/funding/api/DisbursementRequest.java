package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/**
 * A payment to make against an obligation, once a second person approves it. {@code output}
 * (optional) is what an actual cost bought (people removed, officers certified), for the unit-cost
 * report and the IATI results.
 */
public record DisbursementRequest(
    @NotNull @Positive Long obligationId,
    @NotNull PaymentKind kind,
    @NotNull @Valid Money amount,
    @NotBlank @Size(max = 300) @Schema(examples = "Invoice 2024-081, charter PTY-BOG")
        String description,
    @Valid DeliveredOutput output) {

  /** A payment with no output counted. */
  public DisbursementRequest(
      Long obligationId, PaymentKind kind, Money amount, String description) {
    this(obligationId, kind, amount, description, null);
  }
}
