package org.puente.training.api;

/**
 * Where training-service's resources live. {@link #ROOT} is the service's prefix; the others are
 * relative to it, as the resources declare them ({@code @Path(TrainingPaths.SESSIONS)}).
 */
public final class TrainingPaths {

  /** Every path of training-service lives under this prefix. */
  public static final String ROOT = "/api/v1/training";

  public static final String COURSES = "/courses";
  public static final String SESSIONS = "/sessions";
  public static final String OFFICERS = "/officers";
  public static final String ENROLLMENTS = "/enrollments";

  /** A session's nominations; {@code sessionId} is the session. */
  public static final String NOMINATIONS = "/sessions/{sessionId}/nominations";

  /** A session's attendance sheets and marks; {@code sessionId} is the session. */
  public static final String ATTENDANCE = "/sessions/{sessionId}/attendance";

  public static final String CERTIFICATIONS = "/certifications";

  /** Whether an officer is certified ({@link CertificationCheck}), relative to the root. */
  public static final String CERTIFICATION_CHECK = CERTIFICATIONS + "/check";

  public static final String REPORTS = "/reports";

  /** The training summary ({@link TrainingSummary}), relative to the root. */
  public static final String TRAINING_SUMMARY = REPORTS + "/summary";

  /**
   * The outbox of requests to funding-service, for the provider's administrators: {@code /outbox},
   * {@code /outbox/{id}/retry}, {@code /outbox/{id}/give-up}.
   */
  public static final String OUTBOX = "/outbox";

  private TrainingPaths() {}
}
