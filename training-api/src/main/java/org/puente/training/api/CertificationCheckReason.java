package org.puente.training.api;

/**
 * Why the certification check answered no, as a code other services can act on; sent in the {@value
 * #HEADER} header. A header rather than a body field: callers read the body with unknown fields
 * refused, so a new field would break them.
 */
public enum CertificationCheckReason {
  /** No certification in the competency covers the day (none issued, not yet, or expired). */
  NOT_CERTIFIED,
  /** Every certification that covers the day has been revoked. */
  REVOKED,
  /** The holder's vetting is PENDING or DENIED. */
  VETTING_NOT_CLEARED,
  /** The holder's clearance ended before the day. */
  VETTING_EXPIRED;

  /** The response header of the check that carries the reason. */
  public static final String HEADER = "Certification-Reason";
}
