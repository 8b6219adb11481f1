package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Asks funding-service again for an operation's cost, e.g. after a refusal for lack of funds. */
public record OperationFundingRequest(@NotNull @Positive Long budgetLineId) {}
