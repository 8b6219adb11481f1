package org.puente.training.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An official of the caller's own agency to register. */
public record OfficerRequest(
    @NotBlank @Size(max = 100) @Schema(examples = "Ana") String givenName,
    @NotBlank @Size(max = 100) @Schema(examples = "Pérez") String familyName,
    @NotBlank @Size(max = 40) @Schema(examples = "SNM-4521") String badgeNumber,
    @Size(max = 60) @Schema(examples = "Inspector") String rank) {}
