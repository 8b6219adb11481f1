package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Declares the order final: the case becomes ENFORCEABLE if nothing stands in the way. */
public record OrderFinalityRequest(@NotBlank @Size(max = 1000) String reason) {}
