package org.puente.gateway.portal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the case workflows' forms (opening a case, best interest and family, disclosures), a
 * Qute message bundle of its own beside {@link PortalMessages}: templates name them {@code
 * {cf:key}}, and their words are in {@code messages/cf_en.properties} and {@code
 * messages/cf_es.properties}. A bundle of its own for the reason {@link AccountabilityMessages}
 * gives.
 */
@MessageBundle(value = CaseFormMessages.NAMESPACE, locale = "en")
public interface CaseFormMessages {

  /** The namespace templates name the words by: {@code {cf:new_case}}. */
  String NAMESPACE = "cf";

  String new_case();

  String open_case();

  String open_case_hint();

  String given_names();

  String family_names();

  String nationality();

  String languages();

  String languages_hint();

  String identity_document();

  String id_type();

  String id_number();

  String id_country();

  String biometric_reference();

  String encountered_on();

  String encounter_place();

  String encountering_unit();

  String family_link();

  String relative_case();

  String relation();

  String none_chosen();

  String sex_F();

  String sex_M();

  String sex_X();

  String idDocument_PASSPORT();

  String idDocument_NATIONAL_ID();

  String idDocument_BIRTH_CERTIFICATE();

  String idDocument_OTHER();

  String relation_PARENT();

  String relation_CHILD();

  String relation_SPOUSE();

  String relation_SIBLING();

  String relation_GUARDIAN();

  String relation_OTHER();

  String done_case_opened();

  String language_of_notice();

  String language_of_interview();

  String person_speaks();

  String best_interest();

  String best_interest_hint();

  String best_interest_on_record();

  String decided_on();

  String summary();

  String record_best_interest();

  String done_best_interest_recorded();

  String family();

  String family_links();

  String separations();

  String separation_hint();

  String decide_separation();

  String relative();

  String cf_decided_by();

  String done_separation_decided();

  String nav_disclosures();

  String disclosures_title();

  String disclosures_hint();

  String see_log();

  String disclose_case();

  String grantee();

  String cf_purpose();

  String expires_at();

  String grant();

  String revoke();

  String grant_case();

  String grant_all_cases();

  String grant_active();

  String grant_ended();

  String granted_by();

  String no_grants();

  String done_disclosure_granted();

  String done_disclosure_revoked();
}
