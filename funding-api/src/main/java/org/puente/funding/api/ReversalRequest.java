package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/** Reverse (part of) an approved payment, once a second person approves. */
public record ReversalRequest(
    @NotNull @Positive Long disbursementId,
    @NotNull ReversalKind kind,
    @NotNull ReversalReason reasonCode,
    @NotBlank
        @Size(max = 500)
        @Schema(
            description = "Kept with the reversal only; the ledger and IATI carry the code",
            examples = "Invoice 2024-081 was paid twice")
        String reason,
    @NotNull @Valid Money amount) {}
