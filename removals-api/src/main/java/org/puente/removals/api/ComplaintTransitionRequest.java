package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The next step of a complaint: ACKNOWLEDGED, UNDER_INVESTIGATION or DECIDED; a decision names its
 * outcome and gives its reasons in {@code decision}.
 */
public record ComplaintTransitionRequest(
    @NotNull ComplaintStatus status, ComplaintOutcome outcome, @Size(max = 4000) String decision) {}
