package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/** A budget line to add to an agreement. */
public record BudgetLineRequest(
    @NotNull BudgetCategory category,
    @Size(max = 200) @Schema(examples = "Charter flights to Colombia and Ecuador")
        String description,
    @NotNull @Valid Money allotted) {}
