package org.puente.removals.api;

/** The paths of deportation-service's API, relative to {@link #ROOT}. */
public final class RemovalsPaths {

  /** Where the API is served ({@code quarkus.rest.path}). */
  public static final String ROOT = "/api/v1/removals";

  public static final String CASES = "/cases";
  public static final String CASE_SEARCH = "/search";
  public static final String FAMILY_SEPARATIONS = "/cases/{caseId}/family-separations";
  public static final String PROTECTION_CLAIM = "/cases/{caseId}/protection-claim";
  public static final String TRAVEL_DOCUMENTS = "/cases/{caseId}/travel-documents";
  public static final String FLAGS = "/cases/{caseId}/flags";
  public static final String ENFORCEABILITY = "/cases/{caseId}/enforceability";
  public static final String REMOVAL_ORDER = "/cases/{caseId}/removal-order";
  public static final String RIGHTS_NOTICES = "/cases/{caseId}/rights-notices";
  public static final String SCREENINGS = "/cases/{caseId}/screenings";
  public static final String RETENTION_RUNS = "/retention/runs";
  public static final String DISCLOSURES = "/disclosures";
  public static final String OPERATIONS = "/operations";
  public static final String STATISTICS = "/statistics";
  public static final String COMPLAINTS = "/complaints";
  public static final String POST_RETURN_CONTACTS = "/cases/{caseId}/post-return-contacts";
  public static final String REFERENCE_DATA = "/reference-data";

  /** The audit history of any record this service keeps: {@code /history/{recordType}/{id}}. */
  public static final String HISTORY = "/history";

  /** Audit logs for auditors: the revision log, own-agency reads, partner disclosures. */
  public static final String AUDIT = "/audit";

  /**
   * The outbox of requests to funding-service, for the home agency's administrators: {@code
   * /outbox}, {@code /outbox/{id}/retry}, {@code /outbox/{id}/give-up}.
   */
  public static final String OUTBOX = "/outbox";

  private RemovalsPaths() {}
}
