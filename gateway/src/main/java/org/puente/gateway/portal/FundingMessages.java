package org.puente.gateway.portal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the funding pages (agreements, budget lines, obligations, payments and reversals), a
 * Qute message bundle of their own beside {@link PortalMessages} and {@link
 * AccountabilityMessages}: templates name them {@code {fu:key}}, and their words are in {@code
 * messages/fu_en.properties} and {@code messages/fu_es.properties}. Codes the pages look up from
 * data ({@code deobligation_<reason>}, {@code pstatus_<status>}, ...) and the {@code done_} notices
 * are read by key too ({@link Texts}), so they are here as well. A bundle of its own because one
 * bundle past about 300 words fails bytecode verification at start-up in Quarkus 3.33.
 */
@MessageBundle(value = FundingMessages.NAMESPACE, locale = "en")
public interface FundingMessages {

  /** The namespace templates name the words by: {@code {fu:new_agreement}}. */
  String NAMESPACE = "fu";

  // --- agreements
  String new_agreement();

  String recipient_agency();

  String period_start();

  String period_end();

  String reference_hint();

  String usd_hint();

  String donor_hint();

  String create_agreement();

  String amend_agreement();

  String amend_hint();

  String close_agreement();

  String close_hint();

  String iati_export();

  String unallotted();

  String agreement_ACTIVE();

  String agreement_CLOSED();

  String not_donor();

  // --- execution report
  String execution_report();

  String col_pending();

  String col_expended();

  String total();

  // --- budget lines
  String new_line();

  String category();

  String line_description();

  String allotment();

  String create_line();

  String line_heading();

  String reallot();

  String reallot_hint();

  String new_allotment();

  String open_line();

  // --- obligations
  String obligate();

  String obligate_hint();

  String purpose();

  String reference_kind();

  String reference_id();

  String reference_id_hint();

  String refkind_removal_operation();

  String refkind_training_session();

  String refkind_purchase_order();

  String refkind_contract();

  String obligation_heading();

  String col_deobligated();

  String col_remainder();

  String obligated_on();

  String created_by();

  String deobligate();

  String deobligate_hint();

  String deobligation_reason();

  String deobligation_OPERATION_CANCELLED();

  String deobligation_SESSION_CANCELLED();

  String deobligation_COST_CHANGED();

  String deobligation_FUNDS_NOT_NEEDED();

  String deobligation_OBLIGATED_IN_ERROR();

  // --- payments
  String payments();

  String request_payment();

  String payment_hint();

  String obligation_choice();

  String no_obligation_open();

  String payment_kind();

  String payment_description();

  String output_quantity();

  String output_unit();

  String output_hint();

  String outputunit_PEOPLE_REMOVED();

  String outputunit_OFFICERS_CERTIFIED();

  String payment_heading();

  String pstatus_REQUESTED();

  String pstatus_APPROVED();

  String pstatus_REJECTED();

  String decided_by();

  String decision_reason();

  // --- reversals
  String request_reversal();

  String reversal_hint();

  String reversal_kind();

  String reversal_REFUND();

  String reversal_RECOVERY();

  String reversal_reason_code();

  String reversal_reason_text();

  String rreason_DUPLICATE_PAYMENT();

  String rreason_OVERPAYMENT();

  String rreason_NOT_DELIVERED();

  String rreason_UNALLOWABLE_COST();

  String rreason_PAID_IN_ERROR();

  String reversal_heading();

  String not_donor_decides();

  String own_reversal();

  String find_reversal();

  String reversal_number();

  String open();

  // --- done
  String done_agreement_created();

  String done_agreement_amended();

  String done_agreement_closed();

  String done_line_created();

  String done_line_reallotted();

  String done_funds_obligated();

  String done_funds_deobligated();

  String done_payment_requested();

  String done_reversal_requested();

  String done_reversal_approved();

  String done_reversal_rejected();
}
