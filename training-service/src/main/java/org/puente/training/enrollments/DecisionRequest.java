package org.puente.training.enrollments;

import jakarta.validation.constraints.Size;

/** An optional reason for an approval, rejection or withdrawal, kept in the audit trail. */
public record DecisionRequest(@Size(max = 500) String reason) {}
