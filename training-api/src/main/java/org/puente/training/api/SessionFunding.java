package org.puente.training.api;

/** A session's funding in funding-service. */
public record SessionFunding(
    FundingStatus status, Long budgetLineId, Long obligationId, String reason) {}
