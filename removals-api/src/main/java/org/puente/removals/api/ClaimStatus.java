package org.puente.removals.api;

/** A protection claim awaits a decision, or was granted or denied. */
public enum ClaimStatus {
  PENDING,
  GRANTED,
  DENIED
}
