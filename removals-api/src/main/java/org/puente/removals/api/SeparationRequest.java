package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision that the person may be removed without a linked relative, and why. */
public record SeparationRequest(
    @NotNull
        @Positive
        @Schema(description = "The linked relative's case id (one of the case's family links)")
        Long relativeCaseId,
    @NotBlank @Size(max = 1000) String reason) {}
