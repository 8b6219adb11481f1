package org.puente.funding.api;

/**
 * funding-service's paths: {@link #ROOT} is where the service serves its API ({@code
 * quarkus.rest.path}); the others are relative to it and are what its resources declare.
 */
public final class FundingPaths {

  /** The prefix of every path of funding-service. */
  public static final String ROOT = "/api/v1/funding";

  public static final String AGREEMENTS = "/agreements";
  public static final String AGREEMENT_BUDGET_LINES = "/agreements/{agreementId}/budget-lines";
  public static final String AGREEMENT_LEDGER = "/agreements/{agreementId}/ledger";
  public static final String AGREEMENT_IATI = "/agreements/{agreementId}/iati";
  public static final String BUDGET_LINES = "/budget-lines";
  public static final String OBLIGATIONS = "/obligations";
  public static final String DISBURSEMENTS = "/disbursements";
  public static final String DISBURSEMENT_REVERSALS = "/disbursement-reversals";
  public static final String REPORTS = "/reports";

  /** Sub-resources, relative to the collections above. */
  public static final String ID = "/{id}";

  public static final String CLOSURE = "/{id}/closure";
  public static final String ALLOTMENT = "/{id}/allotment";
  public static final String DEOBLIGATION = "/{id}/deobligation";
  public static final String APPROVAL = "/{id}/approval";
  public static final String REJECTION = "/{id}/rejection";
  public static final String EXECUTION_REPORT = "/execution";
  public static final String UNIT_COST_REPORT = "/unit-costs";

  private FundingPaths() {}
}
