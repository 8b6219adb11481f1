package org.puente.training.api;

import org.puente.common.money.Money;

/**
 * Where a session's funding stands in funding-service: asked ({@code PENDING}), obligated ({@code
 * FUNDED}), refused ({@code REFUSED}, with the reason) or given back after a cancellation ({@code
 * RETURNED}).
 */
public enum FundingStatus {
  UNFUNDED,
  PENDING,
  FUNDED,
  REFUSED,
  RETURNED;

  /**
   * Whether funding-service holds the session's cost: asked for it or obligated it. The cost then
   * stays as asked; an obligation (and its return on cancellation) must match it.
   */
  public boolean holdsCost() {
    return this == PENDING || this == FUNDED;
  }

  /** Whether the cost may go from {@code current} to {@code requested} in this state. */
  public boolean allowsCostChange(Money current, Money requested) {
    return !holdsCost()
        || (current.currency().equals(requested.currency())
            && current.amount().compareTo(requested.amount()) == 0);
  }
}
