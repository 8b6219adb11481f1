package org.puente.gateway.portal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's words, a Qute type-safe message bundle: templates name them {@code {msg:key}}, Java
 * calls the methods. English is the default; its words are in {@code messages/msg_en.properties}
 * and the Spanish ones in {@code messages/msg_es.properties} (UTF-8). The build fails when a
 * template names a key that is not a method here, when a file holds a key that is not, or when a
 * method has no English words. Codes drawn from data (a status, a country) are looked up by key
 * ({@link Texts}); their key is the group and the code joined by {@code _}, e.g. {@code
 * status_OPEN}, {@code agency_PA_SNM}.
 */
@MessageBundle(value = PortalMessages.NAMESPACE, locale = "en")
public interface PortalMessages {

  /** The namespace templates name the words by: {@code {msg:nav_cases}}. */
  String NAMESPACE = "msg";

  String tagline();

  String portal_of();

  String signed_in_from();

  String skip_to_content();

  String language();

  String language_apply();

  String sign_out();

  String nav_label();

  String nav_dashboard();

  String nav_cases();

  String nav_operations();

  String nav_training();

  String nav_funding();

  String nav_audit();

  String footer();

  String panel_cases();

  String panel_removals();

  String panel_funds();

  String panel_sessions();

  String panel_certifications();

  String panel_unavailable();

  String away_panel(String agency);

  String away_page(String agency);

  String chart_cases();

  String chart_removals();

  String chart_funds();

  String chart_table();

  String small_cells_hint();

  String suppressed();

  String no_data();

  String none();

  String col_status();

  String col_cases();

  String col_month();

  String col_budget_line();

  String col_allotted();

  String col_obligated();

  String col_disbursed();

  String col_available();

  String col_officer();

  String col_competency();

  String col_expires();

  String col_case();

  String col_name();

  String col_nationality();

  String col_encountered();

  String col_place();

  String col_open_flag();

  String col_flag();

  String col_state();

  String col_operation();

  String col_destination();

  String col_departure();

  String col_seats();

  String col_cost();

  String col_kind();

  String col_course();

  String col_hours();

  String col_language();

  String col_validity();

  String col_dates();

  String col_day();

  String col_reference();

  String col_title();

  String col_parties();

  String col_ceiling();

  String col_period();

  String col_payment();

  String col_amount();

  String col_description();

  String col_date();

  String col_type();

  String col_when();

  String col_reader();

  String col_what();

  String col_who();

  String col_grantee();

  String col_purpose();

  String filters();

  String any();

  String iso_country_hint();

  String encountered_from();

  String encountered_to();

  String apply_filters();

  String no_cases();

  String pages();

  String first_page();

  String next_page();

  String case_title();

  String case_number();

  String person();

  String date_of_birth();

  String sex();

  String fit_to_fly();

  String owning_agency();

  String yes();

  String no();

  String enforceability();

  String enforceable_yes();

  String enforceable_no();

  String change_status();

  String new_status();

  String reason();

  String flags();

  String flag_open();

  String flag_resolved();

  String resolution();

  String resolve();

  String due();

  String raise_flag();

  String screenings();

  String claim_and_order();

  String protection_claim();

  String removal_order();

  String issued();

  String appeal_deadline();

  String travel_documents();

  String expires();

  String timeline();

  String plan_operation();

  String operation();

  String details();

  String monitors();

  String monitors_hint();

  String escorts();

  String funding();

  String cost_estimate();

  String budget_line();

  String no_line();

  String obligation();

  String funding_note();

  String actual_cost();

  String request_funding();

  String manifest();

  String added();

  String add_to_manifest();

  String next_steps();

  String freeze_manifest();

  String record_departure();

  String outcome();

  String close_operation();

  String incidents();

  String destination_country();

  String destination_airport();

  String catalogue();

  String sessions();

  String certifications();

  String months();

  String waitlisted();

  String instructors();

  String nominations();

  String actions();

  String approve();

  String nominate();

  String officer_number();

  String attendance();

  String enrollment();

  String agreements();

  String payments_waiting();

  String four_eyes_hint();

  String requested_by();

  String reject();

  String own_request();

  String treasury_account();

  String budget_lines();

  String obligations();

  String remainder();

  String ledger();

  String recorded_by();

  String disclosure_log();

  String disclosure_log_hint();

  String legal_basis();

  String request_id();

  String disclosure_grants();

  String all_cases();

  String active();

  String inactive();

  String change_history();

  String show();

  String not_found();

  String reasons_heading();

  String go_back();

  String problem_400();

  String problem_403();

  String problem_403_detail();

  String problem_404();

  String problem_404_detail();

  String problem_409();

  String problem_412();

  String problem_412_detail();

  String problem_428();

  String problem_429();

  String problem_429_detail();

  String problem_503();

  String problem_503_detail();

  String rights_notices();

  String rights_all_told();

  String rights_missing();

  String rights_told();

  String informed_on();

  String rights_explained();

  String person_languages();

  String interpreter_hint();

  String notice_language();

  String record_rights();

  String screening_confirmed_by();

  String screening_awaits_confirmation();

  String screening_not_own();

  String confirm();

  String filed_on();

  String grounds();

  String decision();

  String choose();

  String claim_not_yours();

  String decide_claim();

  String file_claim();

  String appeals();

  String appeal_suspensive();

  String out_of_time();

  String admitted_by();

  String appeal_not_yours();

  String decide_appeal();

  String appeal_window_closed();

  String appeal_late_hint();

  String out_of_time_reason();

  String out_of_time_hint();

  String file_appeal();

  String order_not_yours();

  String order_hint();

  String lang_es();

  String lang_en();

  String search_name();

  String suspensive();

  String issued_on();

  String notified_on();

  String appeal_deadline_label();

  String issue_order();

  String declare_final();

  String answer();

  String document_number();

  String expires_on();

  String record();

  String document_type();

  String issuing_country();

  String request_document();

  String assessed_on();

  String screening_hint();

  String interview_language();

  String interpreter();

  String claim_expressed();

  String notes();

  String record_screening();

  String add_escort();

  String escort_hint();
}
