package org.puente.funding.api;

import jakarta.validation.constraints.Size;

/** The reason for a decision; required to reject. */
public record PaymentDecisionRequest(@Size(max = 500) String reason) {}
