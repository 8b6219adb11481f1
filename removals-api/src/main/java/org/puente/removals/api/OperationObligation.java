package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The obligation made by hand in funding-service that pays for an operation. */
public record OperationObligation(@NotNull @Positive Long obligationId) {}
