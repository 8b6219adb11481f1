package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/** Funds to obligate on a line for what {@code reference} names. */
public record ObligationRequest(
    @NotNull @Positive Long budgetLineId,
    @NotNull @Valid Money amount,
    @NotBlank @Size(max = 300) @Schema(examples = "Charter flight PTY-BOG, 2024-08-20")
        String purpose,
    @NotBlank
        @Size(max = 100)
        @Pattern(
            regexp = "[a-z][a-z-]*:[A-Za-z0-9._-]+",
            message = "must be kind:id, e.g. removal-operation:42")
        @Schema(examples = "removal-operation:42")
        String reference,
    @Pattern(regexp = "[A-Z]{2}-[A-Z]{2,12}", message = "must be an agency code, e.g. PA-SNM")
        @Schema(
            description =
                "For a service account: the agency of the user whose act asked for the funds; the"
                    + " line's agreement must have that agency as its recipient. Ignored for users.",
            examples = "PA-SNM")
        String onBehalfOf) {}
