package org.puente.training.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.puente.common.money.Money;

/**
 * Moves a session to another status; a cancellation needs a reason, kept with the session (never
 * sent on to funding-service). Completing a session funded through Puente takes its actual cost
 * ({@code actualCost}, optional otherwise), filed with funding-service as a payment request against
 * the session's obligation, with the officers it certified (a count).
 */
public record SessionTransition(
    @NotNull SessionStatus status, @Size(max = 500) String reason, @Valid Money actualCost) {

  /** A transition with no actual cost. */
  public SessionTransition(SessionStatus status, String reason) {
    this(status, reason, null);
  }
}
