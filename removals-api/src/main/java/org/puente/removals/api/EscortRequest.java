package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** An escort to add to an operation; checked against training-service. */
public record EscortRequest(@NotNull @Positive Long officerId) {}
