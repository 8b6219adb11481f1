package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A case to seat on an operation's manifest; the enforceability gate runs first. */
public record SeatRequest(@NotNull @Positive Long caseId) {}
