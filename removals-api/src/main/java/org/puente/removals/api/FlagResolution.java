package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How a flag was resolved; always required. */
public record FlagResolution(@NotBlank @Size(max = 1000) String resolution) {}
