package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A second supervisor's confirmation of a negative screening. */
public record ScreeningConfirmation(@NotBlank @Size(max = 1000) String reason) {}
