package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a seat on a manifest is given up. */
public record SeatDropRequest(@NotBlank @Size(max = 2000) String reason) {}
