package org.puente.training.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The TRAINING line to ask funding-service to fund a session from. */
public record SessionFundingRequest(@NotNull @Positive Long budgetLineId) {}
