package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move a supervisor requests directly (screening, release, closure), always with a reason. */
public record CaseTransitionRequest(
    @NotNull CaseStatus status, @NotBlank @Size(max = 1000) String reason) {}
