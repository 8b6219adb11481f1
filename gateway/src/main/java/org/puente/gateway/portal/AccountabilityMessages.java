package org.puente.gateway.portal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the accountability pages (monitors and their reports, incidents' follow-up,
 * complaints, post-return contact, oversight statistics, unit costs, record history and the access
 * logs, retention), a second Qute message bundle beside {@link PortalMessages}: templates name them
 * {@code {acc:key}}, and their words are in {@code messages/acc_en.properties} and {@code
 * messages/acc_es.properties}. A bundle of its own because one bundle past about 300 words fails
 * bytecode verification at start-up in Quarkus 3.33 (its generated lookup, split in parts, calls
 * the second part with a wrong argument).
 */
@MessageBundle(value = AccountabilityMessages.NAMESPACE, locale = "en")
public interface AccountabilityMessages {

  /** The namespace templates name the words by: {@code {acc:nav_complaints}}. */
  String NAMESPACE = "acc";

  // --- monitors and incidents

  String mon_named_plan();

  String mon_assigned();

  String mon_username();

  String mon_agency();

  String mon_organisation();

  String mon_since();

  String mon_ended();

  String mon_end();

  String mon_end_reason();

  String mon_assign();

  String mon_assign_hint();

  String mon_care_manifest();

  String mon_age();

  String mon_sex();

  String mon_languages();

  String mon_open_flags();

  String mon_reports();

  String mon_phase();

  String mon_conditions();

  String mon_restraints_used();

  String mon_restraint_details();

  String mon_medical_needs();

  String mon_handovers();

  String mon_not_recorded();

  String mon_file_report();

  String inc_occurred();

  String inc_category();

  String inc_severity();

  String inc_follow_up();

  String inc_description();

  String inc_next_step();

  String inc_assignee();

  String inc_keep_severity();

  String inc_findings();

  String inc_record_step();

  // --- complaints, post-return contact, oversight statistics

  String nav_complaints();

  String nav_oversight();

  String complaints_title();

  String complaints_complaint();

  String complaints_file();

  String complaints_overdue();

  String complaints_overdue_only();

  String complaints_complainant();

  String complaints_on_behalf();

  String complaints_relationship();

  String complaints_channel();

  String complaints_category();

  String complaints_received_on();

  String complaints_summary();

  String complaints_acknowledge_by();

  String complaints_decide_by();

  String complaints_acknowledged_on();

  String complaints_decided_on();

  String complaints_outcome();

  String complaints_decision();

  String complaints_recorded();

  String complaints_case();

  String complaints_operation();

  String complaints_next();

  String complaints_move();

  String complaints_deadline_hint();

  String complaints_decide_hint();

  String prc_title();

  String prc_contacted_on();

  String prc_reached();

  String prc_concerns_reported();

  String prc_concerns();

  String prc_record();

  String oversight_title();

  String oversight_from();

  String oversight_to();

  String oversight_by();

  String oversight_show();

  String oversight_csv();

  String oversight_people();

  String oversight_complaints();

  String oversight_total();

  String oversight_hint();

  // --- unit costs

  String unit_month();

  String unit_costs();

  String unit_costs_hint();

  String unit_costs_csv();

  String chart_cost_per_removal_operation();

  String chart_cost_per_removal_period();

  String chart_cost_per_officer();

  String col_operation_or_session();

  String col_unit();

  String col_actual_cost();

  String col_output();

  String col_cost_per_unit();

  String unit_people_removed();

  String unit_officers_certified();

  String unit_operation(String id);

  String unit_session(String id);

  // --- audit history and access logs

  String record_history();

  String record_changes();

  String record_history_hint();

  String record_type_unknown();

  String record_change();

  String record_fields();

  String read_log();

  String read_log_hint();

  String audit_exports();

  String audit_exports_hint();

  String export_removals_revisions();

  String export_case_reads();

  String export_disclosures();

  String export_training_revisions();

  String export_funding_revisions();

  String json_lines();

  String record_not_found();

  // --- retention

  String nav_retention();

  String retention_hint();

  String retention_run_now();

  String retention_dry_run();

  String retention_runs();

  String retention_started();

  String retention_kind();

  String retention_kind_dry();

  String retention_kind_real();

  String retention_by();

  String retention_outcome();

  String retention_cases();

  String retention_grants();

  String retention_rows();
}
