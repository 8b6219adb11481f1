package org.puente.training.sessions;

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
  RETURNED
}
