package org.puente.removals.api;

/** What a screening interview found. */
public enum ScreeningOutcome {
  NO_CLAIM,
  REFERRED,
  SCREENED_IN,
  SCREENED_OUT;

  /** A claim to be examined: the case moves to PROTECTION_CLAIM_PENDING. */
  public boolean opensClaim() {
    return this == REFERRED || this == SCREENED_IN;
  }
}
