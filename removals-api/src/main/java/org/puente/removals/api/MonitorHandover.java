package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What became of one person on the manifest (by case id). */
public record MonitorHandover(
    @NotNull @Positive Long caseId,
    @NotNull HandoverOutcome outcome,
    @Size(max = 1000) String note) {}
