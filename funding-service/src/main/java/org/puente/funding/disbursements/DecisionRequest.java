package org.puente.funding.disbursements;

import jakarta.validation.constraints.Size;

/** The reason for a decision; required to reject. */
public record DecisionRequest(@Size(max = 500) String reason) {}
