package org.puente.funding.obligations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/** Returns unspent funds of an obligation to its line, with the reason. */
@Schema(name = "DeobligationRequest")
public record DeobligationRequest(
    @NotNull @Valid Money amount,
    @NotBlank @Size(max = 300) @Schema(examples = "Flight cancelled") String reason) {}
