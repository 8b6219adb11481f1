package org.puente.funding.api;

/**
 * A transfer of funds to the recipient (IATI disbursement), or a payment made directly for goods
 * and services such as a charter flight (IATI expenditure).
 */
public enum PaymentKind {
  DISBURSEMENT,
  EXPENDITURE
}
