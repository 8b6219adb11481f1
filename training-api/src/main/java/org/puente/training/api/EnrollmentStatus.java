package org.puente.training.api;

/**
 * An officer's place in a session. A nomination takes a seat if one is free ({@code NOMINATED},
 * awaiting the provider's approval) or joins the waiting list ({@code WAITLISTED}); approval makes
 * it {@code ENROLLED}; the result makes it {@code PASSED} or {@code FAILED}.
 */
public enum EnrollmentStatus {
  NOMINATED,
  WAITLISTED,
  ENROLLED,
  WITHDRAWN,
  REJECTED,
  PASSED,
  FAILED;

  /** Holds one of the session's seats. */
  public boolean seated() {
    return this == NOMINATED || this == ENROLLED || this == PASSED || this == FAILED;
  }

  /** May still be withdrawn or rejected. */
  public boolean pending() {
    return this == NOMINATED || this == WAITLISTED || this == ENROLLED;
  }
}
