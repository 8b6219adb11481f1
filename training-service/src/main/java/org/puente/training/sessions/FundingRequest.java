package org.puente.training.sessions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The TRAINING line to ask funding-service to fund a session from. */
@Schema(name = "SessionFundingRequest")
public record FundingRequest(@NotNull @Positive Long budgetLineId) {}
