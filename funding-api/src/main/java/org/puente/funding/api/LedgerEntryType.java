package org.puente.funding.api;

/**
 * The kinds of ledger entry, named as IATI transaction types. A de-obligation is a negative
 * commitment: the reversing entry of (part of) an earlier commitment.
 */
public enum LedgerEntryType {
  /** Funds obligated (IATI 2, outgoing commitment). */
  COMMITMENT("2"),
  /** Funds returned from an obligation (IATI 2 with a negative value). */
  DEOBLIGATION("2"),
  /** Funds transferred to the recipient (IATI 3). */
  DISBURSEMENT("3"),
  /** Funds paid for goods and services (IATI 4). */
  EXPENDITURE("4");

  private final String iatiCode;

  LedgerEntryType(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  public String iatiCode() {
    return iatiCode;
  }
}
