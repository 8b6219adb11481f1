package org.puente.training.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Nominates an officer of the caller's agency to a session. */
public record NominationRequest(@NotNull @Positive @Schema(examples = "12") Long officerId) {}
