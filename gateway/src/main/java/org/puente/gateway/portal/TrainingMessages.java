package org.puente.gateway.portal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the training pages (courses, sessions, officers, enrollments, attendance and
 * certifications), a Qute message bundle of its own beside {@link PortalMessages}: templates name
 * them {@code {tr:key}}, and their words are in {@code messages/tr_en.properties} and {@code
 * messages/tr_es.properties}. Its own because a bundle past about 300 words fails bytecode
 * verification at start-up in Quarkus 3.33 (see {@link AccountabilityMessages}).
 */
@MessageBundle(value = TrainingMessages.NAMESPACE, locale = "en")
public interface TrainingMessages {

  /** The namespace templates name the words by: {@code {tr:courses}}. */
  String NAMESPACE = "tr";

  String courses();

  String officers();

  String new_session();

  String new_course();

  String create_course();

  String edit_course();

  String save_course();

  String prerequisites();

  String provider();

  String validity_months();

  String create_session();

  String edit_session();

  String save_session();

  String start_date();

  String end_date();

  String capacity();

  String instructors_hint();

  String cost_hint();

  String line_number();

  String line_number_hint();

  String line_number_required();

  String funding_hint();

  String cancel_reason_hint();

  String actual_cost_hint();

  String session();

  String score();

  String record_result();

  String withdraw();

  String no_officers();

  String register_officer();

  String register_officer_hint();

  String given_name();

  String family_name();

  String badge();

  String rank();

  String vetting();

  String cleared_until();

  String cleared_until_hint();

  String record_vetting();

  String marks();

  String not_marked();

  String record_attendance();

  String no_one_enrolled();

  String mark_for();

  String correct();

  String certification();

  String tr_revoke();

  String revoke_hint();

  String revoked();

  String valid();

  String enrollments();

  String enrollments_hint();

  String completed_on();

  String tr_summary();

  String summary_hint();

  String trained_officers();

  String costs();

  String sessions_completed();

  String total_cost();

  String officers_certified();

  String cost_per_officer();

  String vetting_PENDING();

  String vetting_CLEARED();

  String vetting_DENIED();

  String done_course_created();

  String done_course_updated();

  String done_session_created();

  String done_session_updated();

  String done_session_moved();

  String done_session_funding_requested();

  String done_nomination_rejected();

  String done_nomination_withdrawn();

  String done_enrollment_passed();

  String done_enrollment_failed();

  String done_attendance_recorded();

  String done_attendance_corrected();

  String done_officer_created();

  String done_vetting_recorded();

  String done_certification_revoked();
}
