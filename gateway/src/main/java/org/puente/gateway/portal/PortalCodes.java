package org.puente.gateway.portal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's words for codes the services send (a status, a country, a reason's code) and for
 * what was done, a Qute type-safe message bundle beside {@link PortalMessages}: {@code
 * messages/code_en.properties} (the default) and {@code messages/code_es.properties}. A code's key
 * is its group and the code joined by {@code _} ({@link Texts#key}); pages look them up by key
 * ({@link Fmt#label}), since the code comes with the data.
 */
@MessageBundle(value = PortalCodes.NAMESPACE, locale = "en")
public interface PortalCodes {

  /** The namespace templates could name them by: {@code {code:status_OPEN}}. */
  String NAMESPACE = "code";

  String done_flag_raised();

  String done_flag_resolved();

  String done_case_moved();

  String done_operation_planned();

  String done_case_manifested();

  String done_manifest_frozen();

  String done_operation_departed();

  String done_operation_closed();

  String done_funding_requested();

  String done_officer_nominated();

  String done_nomination_approved();

  String done_payment_approved();

  String done_payment_rejected();

  String agency_PA_SNM();

  String agency_US_DHS();

  String agency_US_DOS();

  String agency_short_PA_SNM();

  String agency_short_US_DHS();

  String agency_short_US_DOS();

  String status_OPEN();

  String status_SCREENING();

  String status_PROTECTION_CLAIM_PENDING();

  String status_PROTECTION_GRANTED();

  String status_PROTECTION_DENIED();

  String status_REMOVAL_ORDERED();

  String status_APPEAL_PENDING();

  String status_ENFORCEABLE();

  String status_MANIFESTED();

  String status_REMOVED();

  String status_RELEASED();

  String status_CLOSED();

  String flag_UNACCOMPANIED_MINOR();

  String flag_MINOR();

  String flag_MEDICAL();

  String flag_PREGNANCY();

  String flag_TRAFFICKING_SURVIVOR();

  String flag_DISABILITY();

  String flag_FAMILY_UNITY();

  String outcome_NO_CLAIM();

  String outcome_REFERRED();

  String outcome_SCREENED_IN();

  String outcome_SCREENED_OUT();

  String claim_PENDING();

  String claim_GRANTED();

  String claim_DENIED();

  String right_SEEK_PROTECTION();

  String right_APPEAL();

  String right_CONSULAR_CONTACT();

  String right_LEGAL_AID();

  String right_UNHCR_IOM_CONTACT();

  String appeal_PENDING();

  String appeal_ALLOWED();

  String appeal_DISMISSED();

  String done_rights_recorded();

  String done_screening_confirmed();

  String done_claim_filed();

  String done_claim_decided();

  String done_appeal_filed();

  String done_appeal_decided();

  String gate_RIGHTS_NOT_NOTIFIED();

  String operation_PLANNED();

  String operation_FUNDING_PENDING();

  String operation_FUNDED();

  String operation_MANIFEST_FROZEN();

  String operation_DEPARTED();

  String operation_COMPLETED();

  String operation_CANCELLED();

  String kind_CHARTER();

  String kind_COMMERCIAL();

  String seat_SEATED();

  String seat_DROPPED();

  String session_PLANNED();

  String session_OPEN();

  String session_IN_PROGRESS();

  String session_COMPLETED();

  String session_CANCELLED();

  String sessionFunding_UNFUNDED();

  String sessionFunding_PENDING();

  String sessionFunding_FUNDED();

  String sessionFunding_REFUSED();

  String sessionFunding_RETURNED();

  String enrollment_NOMINATED();

  String enrollment_ENROLLED();

  String enrollment_WAITLISTED();

  String enrollment_REJECTED();

  String enrollment_WITHDRAWN();

  String enrollment_PASSED();

  String enrollment_FAILED();

  String mark_PRESENT();

  String mark_ABSENT();

  String mark_LATE();

  String mark_EXCUSED();

  String competency_PROTECTION_SCREENING();

  String competency_REMOVAL_ESCORT();

  String competency_DOCUMENT_EXAMINATION();

  String competency_BIOMETRICS();

  String competency_INTERVIEWING();

  String category_CHARTER_FLIGHTS();

  String category_COMMERCIAL_TICKETS();

  String category_INFRASTRUCTURE();

  String category_EQUIPMENT();

  String category_TRAINING();

  String category_BIOMETRICS();

  String entry_COMMITMENT();

  String entry_DISBURSEMENT();

  String entry_EXPENDITURE();

  String entry_DEOBLIGATION();

  String payment_DISBURSEMENT();

  String payment_EXPENDITURE();

  String country_CO();

  String country_EC();

  String country_VE();

  String country_HT();

  String country_CN();

  String country_IN();

  String country_PE();

  String country_CU();

  String country_CL();

  String country_BR();

  String country_PA();

  String country_AF();

  String country_CM();

  String country_NP();

  String country_DO();

  String done_fitness_recorded();

  String done_document_requested();

  String done_document_answered();

  String done_order_issued();

  String done_order_final();

  String document_PASSPORT();

  String document_CONSULAR_TRAVEL_DOCUMENT();

  String document_LAISSEZ_PASSER();

  String documentStatus_REQUESTED();

  String documentStatus_ISSUED();

  String documentStatus_REFUSED();

  String documentStatus_EXPIRED();

  String documentStatus_CANCELLED();

  String done_screening_recorded();

  String done_escort_added();

  String gate_CASE_NOT_ENFORCEABLE();

  String gate_NO_REMOVAL_ORDER();

  String gate_APPEAL_WINDOW_OPEN();

  String gate_SUSPENSIVE_APPEAL_PENDING();

  String gate_PROTECTION_CLAIM_PENDING();

  String gate_PROTECTION_GRANTED();

  String gate_NO_VALID_TRAVEL_DOCUMENT();

  String gate_VULNERABILITY_HOLD();

  String gate_UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION();

  String gate_DESTINATION_NOT_ALLOWED();

  String gate_NOT_FIT_TO_FLY();

  String gate_FAMILY_NOT_TOGETHER();

  // --- monitors and incidents

  String done_monitor_assigned();

  String done_monitor_ended();

  String done_monitor_report_filed();

  String done_incident_followed_up();

  String phase_BEFORE_DEPARTURE();

  String phase_DURING_FLIGHT();

  String phase_AFTER_ARRIVAL();

  String handover_HANDED_OVER();

  String handover_REFUSED_BOARDING();

  String handover_DID_NOT_SHOW();

  String severity_MINOR();

  String severity_SERIOUS();

  String severity_CRITICAL();

  String followup_REPORTED();

  String followup_ASSIGNED();

  String followup_UNDER_REVIEW();

  String followup_CLOSED();

  String incident_MEDICAL();

  String incident_USE_OF_FORCE();

  String incident_ESCAPE_ATTEMPT();

  String incident_SELF_HARM();

  String incident_COMPLAINT();

  String incident_OTHER();

  // --- complaints, post-return contact, oversight statistics

  String done_complaint_filed();

  String done_complaint_moved();

  String done_contact_recorded();

  String complaint_RECEIVED();

  String complaint_ACKNOWLEDGED();

  String complaint_UNDER_INVESTIGATION();

  String complaint_DECIDED();

  String complaint_category_TREATMENT();

  String complaint_category_USE_OF_FORCE();

  String complaint_category_MEDICAL_CARE();

  String complaint_category_DETENTION_CONDITIONS();

  String complaint_category_DUE_PROCESS();

  String complaint_category_FAMILY_UNITY();

  String complaint_category_PROPERTY();

  String complaint_category_DISCRIMINATION();

  String complaint_category_OTHER();

  String complaint_channel_IN_PERSON();

  String complaint_channel_PHONE();

  String complaint_channel_LETTER();

  String complaint_channel_EMAIL();

  String complaint_channel_HOTLINE();

  String complaint_channel_MONITOR_VISIT();

  String complaint_outcome_UPHELD();

  String complaint_outcome_PARTLY_UPHELD();

  String complaint_outcome_NOT_UPHELD();

  String complaint_outcome_WITHDRAWN();

  String complaint_outcome_OPEN();

  String oversight_screenings();

  String oversight_screenedIn();

  String oversight_claimsFiled();

  String oversight_claimsGranted();

  String oversight_claimsDenied();

  String oversight_removalOrders();

  String oversight_appealsFiled();

  String oversight_appealsAllowed();

  String oversight_removals();

  String oversight_postReturnContacts();

  String oversight_contactsReached();

  String oversight_concernsReported();

  String oversight_by_nationality();

  String oversight_by_sex();

  String oversight_by_ageBand();

  String oversight_group_MINOR();

  String oversight_group_ADULT();

  String oversight_group_UNKNOWN();

  String oversight_group_TOTAL();

  // --- audit history and access logs

  String change_ADD();

  String change_MODIFY();

  String change_DELETE();

  // --- retention

  String done_retention_dry_run();

  String done_retention_run();

  String retention_trigger_SCHEDULE();

  String retention_trigger_REQUEST();

  String retention_outcome_RUNNING();

  String retention_outcome_COMPLETED();

  String retention_outcome_FAILED();
}
