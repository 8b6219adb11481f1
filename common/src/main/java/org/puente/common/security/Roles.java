package org.puente.common.security;

/** The role names carried in tokens, for {@code @RolesAllowed}. */
public final class Roles {
  public static final String CASE_OFFICER = "case-officer";
  public static final String SUPERVISOR = "supervisor";
  public static final String ADVISOR = "advisor";
  public static final String TRAINING_COORDINATOR = "training-coordinator";
  public static final String FUNDING_OFFICER = "funding-officer";
  public static final String CERTIFYING_OFFICER = "certifying-officer";
  public static final String AUDITOR = "auditor";
  public static final String ADMIN = "admin";

  /**
   * An independent monitor of removal operations: sees only the operations they are named on, by
   * agency and user name, whichever agency they belong to.
   */
  public static final String MONITOR = "monitor";

  /**
   * A Puente service acting on its own behalf (client credentials), for background work such as the
   * funding requests of the outbox; never given to a person.
   */
  public static final String SERVICE = "service";

  private Roles() {}
}
