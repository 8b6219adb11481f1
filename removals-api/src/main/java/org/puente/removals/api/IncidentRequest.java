package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An incident report for a removal operation. */
public record IncidentRequest(
    @NotNull @PastOrPresent Instant occurredAt,
    @NotNull IncidentCategory category,
    @NotBlank @Size(max = 4000) String description) {}
