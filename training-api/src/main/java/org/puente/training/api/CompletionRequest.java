package org.puente.training.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The officer's assessment score, 0 to 100. */
public record CompletionRequest(
    @NotNull @Min(0) @Max(100) @Schema(examples = "85") Integer score) {}
