package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/** A payment to make against an obligation, once a second person approves it. */
public record DisbursementRequest(
    @NotNull @Positive Long obligationId,
    @NotNull PaymentKind kind,
    @NotNull @Valid Money amount,
    @NotBlank @Size(max = 300) @Schema(examples = "Invoice 2024-081, charter PTY-BOG")
        String description) {}
