package org.puente.funding.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The output an actual cost bought: a count and its unit, never who (no names, no ids of people).
 */
public record DeliveredOutput(
    @NotNull @PositiveOrZero @Max(1_000_000) @Schema(examples = "37") Integer quantity,
    @NotNull OutputUnit unit) {}
