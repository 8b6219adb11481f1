package org.puente.gateway.portal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the dashboard's work queues, a Qute message bundle of its own beside {@link
 * PortalMessages} (which is at its size limit, see {@link AccountabilityMessages}): templates name
 * them {@code {q:key}}, the dashboard's handler {@link Views#queues()}, and their words are in
 * {@code messages/q_en.properties} and {@code messages/q_es.properties}.
 */
@MessageBundle(value = QueueMessages.NAMESPACE, locale = "en")
public interface QueueMessages {

  /** The namespace templates name the words by: {@code {q:queues}}. */
  String NAMESPACE = "q";

  String queues();

  String flags_due();

  String flags_due_empty();

  String appeals_closing();

  String appeals_closing_empty();

  String claims_pending();

  String claims_pending_empty();

  String screenings_review();

  String screenings_review_empty();

  String q_payments_waiting();

  String payments_waiting_empty();

  String expiring();

  String expiring_empty();

  String q_complaints_overdue();

  String complaints_overdue_empty();

  String q_due();

  String overdue();

  String q_vetting();

  String reversal();

  String q_requested_by();

  String received();

  String officer();
}
