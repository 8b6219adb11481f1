package org.puente.gateway.portal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the portal's forms and of the workflows added to the operation page, a Qute message
 * bundle of its own ({@code {form:key}}, words in {@code messages/form_<lang>.properties}) beside
 * {@link PortalMessages} and {@link AccountabilityMessages}, each kept small: one bundle past about
 * 300 words fails bytecode verification at start-up in Quarkus 3.33.
 */
@MessageBundle(value = FormMessages.NAMESPACE, locale = "en")
public interface FormMessages {

  /** The namespace templates name the words by: {@code {form:form_kept}}. */
  String NAMESPACE = "form";

  String form_kept();

  String form_choose();

  String form_obligation_by_hand();

  String form_record_funding();

  String form_record_funding_hint();

  String form_drop();

  String form_seatable_hint();

  String form_incident_counts();

  String form_incidents_open();

  String form_count();

  String form_incident_summary_hint();

  String form_report_incident();

  String form_people_involved();

  String done_incident_reported();

  String done_seat_dropped();

  String done_funding_recorded();
}
