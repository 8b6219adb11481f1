package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.puente.common.paging.Page;
import org.puente.common.security.Agency;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.DisclosureGrantView;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.FamilyLink;
import org.puente.removals.api.FamilyRelation;
import org.puente.removals.api.FlagView;
import org.puente.removals.api.IdentityDocument;
import org.puente.removals.api.IdentityDocumentType;
import org.puente.removals.api.ProtectionClaimView;
import org.puente.removals.api.ReferenceData;
import org.puente.removals.api.RemovalOrderView;
import org.puente.removals.api.RightsNoticeView;
import org.puente.removals.api.ScreeningView;
import org.puente.removals.api.SeparationView;
import org.puente.removals.api.TravelDocumentView;

/**
 * The case page as drawn from the service's answers: the due-process forms (rights, confirmation of
 * a negative screening, appeals, the protection claim) are offered to the roles the policy allows
 * and in the states the service accepts; the issuer of an order and the screener are told another
 * supervisor decides instead of being offered a form the service refuses; every field has a label.
 */
class CasePageTest {

  static final Engine ENGINE = PortalTemplates.ENGINE;

  private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

  @Test
  void aSupervisorIsOfferedTheDecisionsAndTheRecordsTheCaseAllows() {
    String page = render("snm-supervisor", Set.of("supervisor"), "en", ordered(pendingAppeal()));
    // Rights: two of five told so far; the rest are named, and a notice can be recorded.
    assertTrue(page.contains("id=\"rights-form\""), "the rights form");
    assertEquals(5, count(page, "type=\"checkbox\" id=\"right-"));
    assertEquals(
        List.of("To contact their consulate", "To legal aid", "To contact UNHCR or IOM"),
        items(page, "rights-missing"));
    assertTrue(page.contains("Maria Lopez (interpreter)"), "the interpreter of the notice");
    // The negative screening by another person awaits this supervisor's confirmation.
    assertTrue(page.contains("id=\"confirm-31\""), "the confirmation form");
    assertTrue(page.contains("action=\"/portal/cases/7/screenings/31/confirmation\""));
    assertTrue(page.contains("name=\"version\" value=\"4\""), "If-Match from the screening shown");
    assertFalse(page.contains("id=\"confirm-30\""), "a positive screening is never confirmed");
    // The pending appeal can be decided, and no second appeal is offered meanwhile.
    assertTrue(page.contains("id=\"appeal-decision-51\""), "the decision form");
    assertTrue(page.contains("/portal/cases/7/removal-order/appeals/51/decision"));
    assertFalse(page.contains("id=\"appeal-form\""), "an appeal is already pending");
    // While a suspensive appeal is pending the state machine takes no claim; none to decide.
    assertFalse(page.contains("id=\"claim-form\""));
    assertFalse(page.contains("id=\"claim-decision-form\""));
    assertTrue(page.contains("Admitted by snm-chief: The notice was served in a language"));
  }

  @Test
  void whoIssuedTheOrderOrScreenedIsToldAnotherSupervisorDecides() {
    Map<String, Backend.Reply> replies = ordered(pendingAppeal());
    replies.put("claim", reply(claim("PENDING", null)));
    // snm-issuer issued the order (the service answers them 403 on the appeal and the claim).
    String issuer = render("snm-issuer", Set.of("supervisor"), "en", replies);
    assertFalse(issuer.contains("id=\"appeal-decision-51\""));
    assertTrue(issuer.contains("id=\"appeal-not-yours\""));
    assertFalse(issuer.contains("id=\"claim-decision-form\""));
    assertTrue(issuer.contains("id=\"claim-not-yours\""));
    // snm-screener did the negative screening: a second supervisor confirms it.
    String screener = render("snm-screener", Set.of("supervisor"), "es", replies);
    assertFalse(screener.contains("id=\"confirm-31\""));
    assertTrue(screener.contains("Usted hizo esta entrevista; debe confirmarla otro supervisor."));
    assertTrue(screener.contains("id=\"claim-decision-form\""), "someone else decides the claim");
  }

  @Test
  void aCaseOfficerRecordsButDoesNotDecideOrAdmitALateAppeal() {
    Map<String, Backend.Reply> replies = ordered(null);
    String officer = render("snm-officer", Set.of("case-officer"), "en", replies);
    assertTrue(officer.contains("id=\"rights-form\""));
    assertTrue(officer.contains("id=\"appeal-form\""), "an appeal can be filed");
    assertTrue(officer.contains("id=\"appeal-late\""), "the window closed on 2026-11-20");
    assertFalse(officer.contains("name=\"outOfTimeReason\""), "only a supervisor admits late");
    assertFalse(officer.contains("id=\"confirm-31\""));
    assertTrue(officer.contains("id=\"claim-form\""), "a claim can be filed on an ordered case");
    assertTrue(officer.contains("Negative: awaits confirmation by a second supervisor"));
    String supervisor = render("snm-supervisor", Set.of("supervisor"), "en", replies);
    assertTrue(supervisor.contains("name=\"outOfTimeReason\""));
    // An auditor reads everything and is offered nothing.
    String auditor = render("snm-auditor", Set.of("auditor"), "en", replies);
    assertEquals(0, count(auditor, "<form method=\"post\" action=\"/portal/cases/"), auditor);
    assertTrue(auditor.contains("id=\"rights-notices\""));
  }

  @Test
  void aPartnerReadingUnderAGrantIsOfferedNoForm() {
    // The policy lets a US-DHS supervisor reach some changes (a case of their own agency's); this
    // case is SNM's, and the service refuses a partner's change under a grant (403).
    Map<String, Backend.Reply> replies = ordered(pendingAppeal());
    replies.put("claim", reply(claim("PENDING", null)));
    String page = render(new User("dhs-supervisor", Set.of("supervisor"), "US-DHS"), "en", replies);
    assertEquals(0, count(page, "<form method=\"post\" action=\"/portal/cases/"), page);
    assertTrue(page.contains("id=\"appeals\""), "the appeals are shown");
    assertTrue(page.contains("Negative: awaits confirmation by a second supervisor"));
  }

  @Test
  void aConfirmedScreeningAndADecidedAppealShowWhoAndWhy() {
    Map<String, Object> decided = pendingAppeal();
    decided.put("status", "DISMISSED");
    decided.put("decidedBy", "snm-chief");
    decided.put("decidedAt", "2026-11-28T15:00:00Z");
    decided.put("decisionReason", "No new facts");
    Map<String, Backend.Reply> replies = ordered(decided);
    Map<String, Object> confirmed = screening(31, "SCREENED_OUT", "snm-screener");
    confirmed.put("confirmedBy", "snm-chief");
    confirmed.put("confirmedAt", "2026-11-10T12:00:00Z");
    confirmed.put("confirmationReason", "Interview complete");
    replies.put("screenings", reply(List.of(confirmed)));
    String page = render("snm-supervisor", Set.of("supervisor"), "es", replies);
    assertTrue(page.contains("Entrevista negativa confirmada por snm-chief"), page);
    assertTrue(page.contains("Interview complete"));
    assertFalse(page.contains("id=\"confirm-31\""));
    assertTrue(page.contains("Rechazada"), "the appeal's status in Spanish");
    assertTrue(page.contains("snm-chief, 28 nov. 2026 10:00 (America/Panama): No new facts"));
    assertFalse(page.contains("id=\"appeal-decision-51\""));
    assertTrue(page.contains("id=\"appeal-form\""), "a new appeal may be filed");
  }

  @Test
  void aPendingClaimIsDecidedWithAnExplicitChoiceNeverADefault() {
    Map<String, Backend.Reply> replies = base("PROTECTION_CLAIM_PENDING");
    replies.put("claim", reply(claim("PENDING", null)));
    String page = render("snm-supervisor", Set.of("supervisor"), "en", replies);
    assertTrue(page.contains("id=\"claim-decision-form\""));
    assertTrue(page.contains("<option value=\"\">Choose…</option>"));
    assertFalse(page.contains("id=\"claim-form\""), "a claim is already pending");
    assertFalse(page.contains("id=\"appeal-form\""), "no order to appeal");
  }

  @Test
  void everyFieldHasALabelCheckboxGroupsHaveALegendAndIdsAreUnique() {
    List<String> pages = new ArrayList<>();
    for (String language : List.of("en", "es")) {
      pages.add(render("snm-supervisor", Set.of("supervisor"), language, ordered(pendingAppeal())));
      pages.add(render("snm-supervisor", Set.of("supervisor"), language, ordered(null)));
      Map<String, Backend.Reply> claimPending = base("PROTECTION_CLAIM_PENDING");
      claimPending.put("claim", reply(claim("PENDING", null)));
      pages.add(render("snm-supervisor", Set.of("supervisor"), language, claimPending));
      pages.add(render("snm-officer", Set.of("case-officer"), language, base("SCREENING")));
    }
    for (String page : pages) {
      assertEquals(Set.of(), PortalTemplates.unlabelled(page), "every field has a label");
      assertEquals(Set.of(), PortalTemplates.duplicateIds(page), "ids are unique");
      Matcher group = Pattern.compile("<fieldset>\\s*<legend>[^<]+</legend>").matcher(page);
      assertTrue(group.find(), "the rights are a group with a legend");
      assertFalse(page.contains("NOT_FOUND"), () -> around(page, "NOT_FOUND"));
    }
  }

  @Test
  void aPropertyThePageNamesAndTheRecordLacksFailsThePage() {
    // The page reads the API's CaseView: a property it does not have is no value, it fails (the
    // portal's build refuses it already; see TypedTemplatesTest).
    Map<String, Backend.Reply> replies = base("SCREENING");
    CaseView c = answers(replies).c().orThrow();
    TemplateException refused =
        assertThrows(
            TemplateException.class,
            () -> ENGINE.parse("{c.encounterPlace} {c.encounterPlaces}").data("c", c).render());
    assertTrue(refused.getMessage().contains("encounterPlaces"), refused.getMessage());
  }

  @Test
  void aFieldANewerServiceSendsAndThePortalDoesNotKnowIsIgnored() {
    Map<String, Backend.Reply> replies = base("SCREENING");
    ObjectNode c = (ObjectNode) replies.get("case").body();
    c.put("addedInANewerVersion", "yes");
    String page = render("snm-supervisor", Set.of("supervisor"), "en", replies);
    assertTrue(page.contains("Lajas Blancas"), "the case is shown");
  }

  @Test
  void languagesAndCountriesAreChosenFromTheServicesListsInTheReadersLanguage() {
    String en = render("snm-officer", Set.of("case-officer"), "en", base("SCREENING"));
    // The person speaks es and qu: the first is chosen, both are marked as theirs.
    assertTrue(
        en.contains("<option value=\"es\" selected>Spanish (spoken by the person)</option>"), en);
    assertTrue(en.contains("<option value=\"qu\">Quechua (spoken by the person)</option>"));
    assertTrue(en.contains("<option value=\"ht\">Haitian Creole</option>"));
    assertEquals(2, count(en, "<option value=\"ht\">"), "the rights and the screening forms");
    assertFalse(en.contains("pattern=\"[a-z][a-z][a-z]?\""), "no code to type");
    // The travel document's country: the person's nationality first chosen.
    assertTrue(en.contains("<option value=\"CO\" selected>Colombia</option>"));
    String es = render("snm-officer", Set.of("case-officer"), "es", base("SCREENING"));
    assertTrue(es.contains("<option value=\"es\" selected>Español (lo habla la persona)</option>"));
    assertTrue(es.indexOf(">Criollo haitiano<") < es.indexOf(">Español ("), "sorted in Spanish");
    assertTrue(es.contains("<option value=\"HT\">Haití</option>"));
  }

  @Test
  void withoutTheReferenceDataThePersonsOwnLanguagesAreOffered() {
    Map<String, Backend.Reply> replies = base("SCREENING");
    replies.put(
        "reference", new Backend.Reply(503, JSON.valueToTree(Map.of("title", "Away")), null));
    String page = render("snm-officer", Set.of("case-officer"), "en", replies);
    assertTrue(page.contains("<option value=\"qu\">qu (spoken by the person)</option>"), page);
    assertFalse(page.contains("value=\"ht\""));
    // The country is typed as before, the nationality filled in.
    assertTrue(page.contains("id=\"doc-country\" name=\"country\" required maxlength=\"2\""));
  }

  @Test
  void aSupervisorRecordsTheBestInterestAndSeparationsFromLinkedRelativesNotYetSeparated() {
    Map<String, Backend.Reply> replies = base("SCREENING");
    ObjectNode c = (ObjectNode) replies.get("case").body();
    c.set(
        "familyLinks",
        JSON.valueToTree(
            List.of(
                Map.of("caseId", 8, "relation", "CHILD"),
                Map.of("caseId", 9, "relation", "SPOUSE"))));
    Map<String, Object> separation = new LinkedHashMap<>();
    separation.put("id", 70);
    separation.put("caseId", 7);
    separation.put("relativeCaseId", 9);
    separation.put("reason", "The spouse was granted protection");
    separation.put("decidedBy", "snm-chief");
    separation.put("decidedAt", "2026-11-20T15:00:00Z");
    separation.put("version", 0);
    replies.put("separations", reply(Map.of("items", List.of(separation))));
    String page = render("snm-supervisor", Set.of("supervisor"), "en", replies);
    assertTrue(page.contains("id=\"bid-form\""));
    assertTrue(
        page.contains("action=\"/portal/cases/7/best-interest-determination\""), "its action");
    assertTrue(page.contains("The spouse was granted protection"), "the separation shown");
    assertEquals(
        List.of(
            "<a href=\"/portal/cases/8\">#8</a> · Child",
            "<a href=\"/portal/cases/9\">#9</a> · Spouse or partner"),
        items(page, "family-links"));
    assertTrue(page.contains("<option value=\"8\">#8</option>"), "8 may still be separated");
    assertFalse(page.contains("<option value=\"9\">#9</option>"), "9 is separated already");
    // Once every relative is separated, no form is offered.
    replies.put(
        "separations",
        reply(
            Map.of(
                "items",
                List.of(
                    separation,
                    Map.of(
                        "id",
                        71,
                        "caseId",
                        7,
                        "relativeCaseId",
                        8,
                        "reason",
                        "r",
                        "decidedBy",
                        "x",
                        "decidedAt",
                        "2026-11-21T15:00:00Z",
                        "version",
                        0)))));
    assertFalse(
        render("snm-supervisor", Set.of("supervisor"), "en", replies)
            .contains("id=\"separation-form\""));
    // A case officer reads them and decides nothing.
    String officer = render("snm-officer", Set.of("case-officer"), "en", base("SCREENING"));
    assertTrue(officer.contains("id=\"separations-h\""));
    assertFalse(officer.contains("id=\"bid-form\""));
    assertFalse(officer.contains("id=\"separation-form\""), "no relative, and not a supervisor");
    // A recorded determination is shown; a closed case takes no new one.
    Map<String, Backend.Reply> closed = base("RELEASED");
    ((ObjectNode) closed.get("case").body()).put("bestInterestDecidedOn", "2026-11-12");
    String released = render("snm-supervisor", Set.of("supervisor"), "en", closed);
    assertTrue(released.contains("Determination on record of Nov 12, 2026"), released);
    assertFalse(released.contains("id=\"bid-form\""));
  }

  @Test
  void aCaseIsDisclosedOnlyToAPartnerThatMayReceiveCaseData() {
    String page = render("snm-supervisor", Set.of("supervisor"), "en", base("SCREENING"));
    assertTrue(page.contains("id=\"disclosure-form\""));
    assertTrue(page.contains("action=\"/portal/cases/7/disclosures\""));
    assertTrue(page.contains("<option value=\"US-DHS\">"), "DHS");
    assertFalse(page.contains("<option value=\"US-DOS\">"), "the State Department never");
    assertFalse(page.contains("<option value=\"PA-SNM\">"), "nor the agency itself");
    assertTrue(page.contains("Until (America/Panama)"), "the zone of the time typed");
    assertEquals(List.of(Agency.US_DHS), CasePages.partners("PA-SNM"));
    assertFalse(
        render("snm-officer", Set.of("case-officer"), "en", base("SCREENING"))
            .contains("id=\"disclosure-form\""),
        "a case officer grants nothing");
    BackendProblem refused = assertThrows(BackendProblem.class, () -> CasePages.partner("MX-INM"));
    assertEquals(400, refused.status());
    assertEquals(null, CasePages.partner(" "));
  }

  @Test
  void aSectionTheUserMayNotReadIsNotShown() {
    Set<String> withheld =
        Set.of(
            "listFlags",
            "listScreenings",
            "listRightsNotices",
            "getRemovalOrder",
            "getProtectionClaim",
            "listTravelDocuments",
            "checkEnforceability",
            "caseHistory",
            "listFamilySeparations");
    Map<String, Backend.Reply> replies = ordered(pendingAppeal());
    for (String section :
        List.of(
            "flags",
            "screenings",
            "rights",
            "order",
            "claim",
            "documents",
            "gate",
            "history",
            "separations")) {
      replies.put(section, new Backend.Reply(403, JSON.valueToTree(Map.of("title", "No")), null));
    }
    String page =
        render(new User("snm-supervisor", Set.of("supervisor"), "PA-SNM", withheld), "en", replies);
    for (String id :
        List.of(
            "flags-h",
            "rights-h",
            "screen-h",
            "claim-h",
            "order-h",
            "docs-h",
            "gate-h",
            "history-h",
            "separations-h")) {
      assertFalse(page.contains("id=\"" + id + "\""), id);
    }
    assertTrue(page.contains("id=\"person-h\""), "the case itself");
    assertFalse(page.contains("unavailable"), "nothing is said to be away");
  }

  @Test
  void theOpenCaseFormSendsADocumentAndARelativeOnlyWhenNamed() {
    CaseRequest bare =
        CasePages.caseRequest(
            " Ana ",
            "Pérez",
            "",
            "VE",
            "F",
            List.of("es", "", "es", "qu"),
            "",
            " ",
            "VE",
            "",
            "2026-11-01",
            "Lajas Blancas",
            "",
            "",
            "");
    assertEquals("Ana", bare.givenNames());
    assertEquals(null, bare.dateOfBirth());
    assertEquals(List.of("es", "qu"), bare.languages(), "each once, blanks left out");
    assertEquals(List.of(), bare.identityDocuments());
    assertEquals(List.of(), bare.familyLinks());
    assertEquals(null, bare.encounteringUnit());
    CaseRequest full =
        CasePages.caseRequest(
            "Ana",
            "Pérez",
            "1990-01-01",
            "VE",
            "F",
            null,
            "PASSPORT",
            "P123",
            "",
            "BIO-1",
            "2026-11-01",
            "Lajas Blancas",
            "SENAFRONT",
            "12",
            "CHILD");
    assertEquals(
        List.of(new IdentityDocument(IdentityDocumentType.PASSPORT, "P123", null)),
        full.identityDocuments(),
        "sent as typed: the service names the missing country");
    assertEquals(List.of(new FamilyLink(12L, FamilyRelation.CHILD)), full.familyLinks());
    BackendProblem notANumber =
        assertThrows(
            BackendProblem.class,
            () ->
                CasePages.caseRequest(
                    "Ana",
                    "Pérez",
                    "",
                    "VE",
                    "F",
                    null,
                    "",
                    "",
                    "",
                    "",
                    "2026-11-01",
                    "L",
                    "",
                    "twelve",
                    "CHILD"));
    assertEquals(400, notANumber.status());
    assertTrue(notANumber.problem().toString().contains("familyLinks[0].caseId"), "the field");
  }

  @Test
  void theNewCasePageOffersTheServicesCountriesAndLanguagesEveryFieldLabelled() {
    for (String language : List.of("en", "es")) {
      ReferenceData reference = JSON.convertValue(REFERENCE, ReferenceData.class);
      String page =
          ENGINE
              .getTemplate("case-new")
              .instance()
              .data("user", new User("snm-officer", Set.of("case-officer"), "PA-SNM"))
              .setLocale(language)
              .data("fmt", new Fmt(language, java.time.ZoneId.of("America/Panama")))
              .data("lang", language)
              .data("section", "cases")
              .data("here", "/portal/cases/new")
              .data("away", Map.of())
              .data("notice", null)
              .data("countries", CodeChoice.of(reference.countries(), language))
              .data("languageChoices", CodeChoice.of(reference.languages(), language))
              .data("sexes", CasePages.SEXES)
              .data("documentTypes", List.of(IdentityDocumentType.values()))
              .data("relations", List.of(FamilyRelation.values()))
              .data("today", TODAY.toString())
              .data("key", "0123456789abcdef")
              .render();
      assertEquals(Set.of(), PortalTemplates.unlabelled(page), "every field has a label");
      assertEquals(Set.of(), PortalTemplates.duplicateIds(page), "ids are unique");
      assertFalse(page.contains("NOT_FOUND"), () -> around(page, "NOT_FOUND"));
      assertTrue(page.contains("name=\"languages\" multiple"));
      assertEquals(2, count(page, "<option value=\"HT\">"), "nationality and issuing country");
      assertTrue(
          page.contains(
              "es".equals(language)
                  ? "<option value=\"es\">Español</option>"
                  : "<option value=\"es\">Spanish</option>"),
          page);
      assertTrue(page.contains("es".equals(language) ? "Acta de nacimiento" : "Birth certificate"));
    }
  }

  @Test
  void theDisclosuresPageRevokesOnlyTheAgencysOwnActiveGrants() {
    Map<String, Object> own = grant(90, "PA-SNM", "US-DHS", true);
    Map<String, Object> ended = grant(91, "PA-SNM", "US-DHS", false);
    ended.put("revokedAt", "2026-11-25T15:00:00Z");
    Map<String, Object> received = grant(92, "US-DHS", "PA-SNM", true);
    List<DisclosureGrantView> grants =
        JSON.convertValue(
            List.of(own, ended, received),
            JSON.getTypeFactory().constructCollectionType(List.class, DisclosureGrantView.class));
    for (String language : List.of("en", "es")) {
      String page =
          ENGINE
              .getTemplate("disclosures")
              .instance()
              .data("user", new User("snm-supervisor", Set.of("supervisor"), "PA-SNM"))
              .setLocale(language)
              .data("fmt", new Fmt(language, java.time.ZoneId.of("America/Panama")))
              .data("lang", language)
              .data("section", "disclosures")
              .data("here", "/portal/disclosures")
              .data("away", Map.of())
              .data("notice", Texts.of(language).get("done_disclosure_revoked"))
              .data("grants", grants)
              .data("nextPage", null)
              .data("agency", "PA-SNM")
              .render();
      assertTrue(page.contains("id=\"revoke-90\""), page);
      assertTrue(page.contains("name=\"version\" value=\"3\""), "If-Match from the grant");
      assertFalse(page.contains("id=\"revoke-91\""), "already ended");
      assertFalse(page.contains("id=\"revoke-92\""), "another agency's grant");
      assertTrue(page.contains("href=\"/portal/audit#log-h\""), "the partners' reads");
      assertTrue(page.contains("<a href=\"/portal/cases/7\">#7</a>"));
      assertTrue(
          page.contains("id=\"notice\">" + Texts.of(language).get("done_disclosure_revoked")));
      assertFalse(page.contains("NOT_FOUND"), () -> around(page, "NOT_FOUND"));
    }
  }

  private static Map<String, Object> grant(long id, String owner, String grantee, boolean active) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("id", id);
    g.put("ownerAgency", owner);
    g.put("granteeAgency", grantee);
    g.put("caseId", 7);
    g.put("legalBasis", "Agreement art. 9");
    g.put("purpose", "Travel document verification");
    g.put("expiresAt", "2026-12-31T05:00:00Z");
    g.put("grantedBy", "snm-supervisor");
    g.put("grantedAt", "2026-11-20T15:00:00Z");
    g.put("revokedAt", null);
    g.put("active", active);
    g.put("version", 3);
    return g;
  }

  @Test
  void aRefusedScreeningIsDrawnAgainAsTypedWithTheServicesWordBesideTheField() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("language", List.of("ht"));
    sent.put("interpreter", List.of(""));
    sent.put("claimExpressed", List.of("true"));
    sent.put("outcome", List.of("NO_CLAIM"));
    sent.put("notes", List.of("Says armed men threatened the family"));
    String page =
        PortalTemplates.refused(
            "screening",
            "/portal/cases/7",
            sent,
            Map.of(
                "outcome", "must not be NO_CLAIM when a fear of return was expressed",
                "language", "The language ht is not one of the person's languages"),
            () -> render("snm-officer", Set.of("case-officer"), "en", base("SCREENING")));
    Matcher form = Pattern.compile("id=\"screening-form\".*?</form>", Pattern.DOTALL).matcher(page);
    assertTrue(form.find());
    String screening = form.group();
    assertTrue(screening.contains("<option value=\"ht\" selected>Haitian Creole</option>"));
    assertFalse(
        screening.contains("<option value=\"es\" selected>"), "what was sent, not the default");
    assertTrue(screening.contains("value=\"NO_CLAIM\" selected"));
    assertTrue(screening.contains("name=\"claimExpressed\" value=\"true\" checked"));
    assertTrue(screening.contains(">Says armed men threatened the family</textarea>"));
    assertTrue(
        screening.contains(
            "id=\"screening-outcome-error\">must not be NO_CLAIM when a fear of return was expressed"));
    assertTrue(screening.contains("id=\"screening-language-error\">"));
    assertTrue(screening.contains("name=\"_form\" value=\"screening\""));
    // The other forms of the page keep their defaults and show no error.
    Matcher rights = Pattern.compile("id=\"rights-form\".*?</form>", Pattern.DOTALL).matcher(page);
    assertTrue(rights.find());
    assertTrue(rights.group().contains("<option value=\"es\" selected>"));
    assertFalse(rights.group().contains("field-error"));
    assertEquals(Set.of(), PortalTemplates.duplicateIds(page), "ids are unique");
  }

  @Test
  void aRefusedFlagResolutionKeepsItsTextInThatFlagsFormOnly() {
    Map<String, Backend.Reply> replies = base("SCREENING");
    Map<String, Object> flag = new LinkedHashMap<>();
    flag.put("id", 12);
    flag.put("type", "MEDICAL");
    flag.put("reason", "Insulin");
    flag.put("open", true);
    flag.put("version", 2);
    Map<String, Object> other = new LinkedHashMap<>(flag);
    other.put("id", 13);
    replies.put("flags", reply(Map.of("items", List.of(flag, other))));
    String page =
        PortalTemplates.refused(
            "flag-12",
            "/portal/cases/7",
            Map.of("resolution", List.of("Seen by the doctor")),
            Map.of("resolution", "size must be between 0 and 1000"),
            () -> render("snm-supervisor", Set.of("supervisor"), "en", replies));
    assertTrue(
        page.contains(
            "id=\"resolve-12\" name=\"resolution\" required maxlength=\"1000\" value=\"Seen by the doctor\""),
        page);
    assertTrue(
        page.contains(
            "id=\"resolve-13\" name=\"resolution\" required maxlength=\"1000\" value=\"\""));
    assertTrue(page.contains("id=\"flag-12-resolution-error\""));
    assertFalse(page.contains("id=\"flag-13-resolution-error\""));
  }

  @Test
  void aRefusedNewCaseKeepsEveryChoiceAndSaysWhatIsMissing() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("givenNames", List.of("Wideline"));
    sent.put("familyNames", List.of(""));
    sent.put("nationality", List.of("HT"));
    sent.put("sex", List.of("F"));
    sent.put("languages", List.of("ht", "es"));
    sent.put("idType", List.of("PASSPORT"));
    sent.put("idNumber", List.of("HT-778"));
    sent.put("idCountry", List.of(""));
    sent.put("encounterPlace", List.of("Lajas Blancas"));
    String page =
        PortalTemplates.refused(
            "case",
            "/portal/cases/new",
            sent,
            Map.of(
                "familyNames", "must not be blank",
                "identityDocuments[0].issuingCountry", "must not be blank"),
            () -> newCasePage("en"));
    assertTrue(
        page.contains(
            "name=\"givenNames\" required maxlength=\"200\" autocomplete=\"off\" value=\"Wideline\""),
        page);
    assertTrue(page.contains("id=\"case-familyNames-error\">must not be blank"));
    assertTrue(
        page.contains("id=\"case-identityDocuments-error\">must not be blank"),
        "beside the document");
    assertEquals(
        1, count(page, "<option value=\"HT\" selected>"), "the nationality, not the document's");
    assertTrue(page.contains("<option value=\"ht\" selected>Haitian Creole</option>"));
    assertTrue(page.contains("<option value=\"es\" selected>Spanish</option>"));
    assertTrue(page.contains("<option value=\"en\">English</option>"), "not chosen");
    assertTrue(page.contains("value=\"PASSPORT\" selected"));
    assertTrue(page.contains("value=\"HT-778\""));
    assertTrue(page.contains("value=\"F\" selected"));
  }

  private static String newCasePage(String language) {
    ReferenceData reference = JSON.convertValue(REFERENCE, ReferenceData.class);
    return ENGINE
        .getTemplate("case-new")
        .instance()
        .data("user", new User("snm-officer", Set.of("case-officer"), "PA-SNM"))
        .setLocale(language)
        .data("fmt", new Fmt(language, java.time.ZoneId.of("America/Panama")))
        .data("lang", language)
        .data("section", "cases")
        .data("here", "/portal/cases/new")
        .data("away", Map.of())
        .data("notice", null)
        .data("countries", CodeChoice.of(reference.countries(), language))
        .data("languageChoices", CodeChoice.of(reference.languages(), language))
        .data("sexes", CasePages.SEXES)
        .data("documentTypes", List.of(IdentityDocumentType.values()))
        .data("relations", List.of(FamilyRelation.values()))
        .data("today", TODAY.toString())
        .data("key", "0123456789abcdef")
        .render();
  }

  // The page's answers from deportation-service, as its views serialise them.

  private static Map<String, Backend.Reply> base(String status) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", 7);
    c.put("familyNames", "Pérez");
    c.put("givenNames", "Ana");
    c.put("status", status);
    c.put("dateOfBirth", "1990-01-01");
    c.put("nationality", "CO");
    c.put("sex", "F");
    c.put("encounteredOn", "2026-10-30");
    c.put("encounterPlace", "Lajas Blancas");
    c.put("fitToFly", null);
    c.put("languages", List.of("es", "qu"));
    c.put("owningAgency", "PA-SNM");
    c.put("version", 3);
    Map<String, Backend.Reply> replies = new HashMap<>();
    replies.put("case", reply(c));
    replies.put("history", reply(Map.of("items", List.of())));
    replies.put("flags", reply(Map.of("items", List.of())));
    replies.put("documents", reply(Map.of("items", List.of())));
    replies.put(
        "screenings",
        reply(
            List.of(
                screening(30, "SCREENED_IN", "snm-screener"),
                screening(31, "SCREENED_OUT", "snm-screener"))));
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("id", 40);
    notice.put("rights", List.of("SEEK_PROTECTION", "APPEAL"));
    notice.put("language", "es");
    notice.put("interpreter", "Maria Lopez (interpreter)");
    notice.put("informedOn", "2026-11-02");
    notice.put("recordedBy", "snm-officer");
    notice.put("recordedAt", "2026-11-02T14:00:00Z");
    replies.put("rights", reply(List.of(notice)));
    replies.put("gate", reply(Map.of("enforceable", false, "reasons", List.of())));
    replies.put(
        "order", new Backend.Reply(404, JSON.valueToTree(Map.of("title", "Not found")), null));
    replies.put(
        "claim", new Backend.Reply(404, JSON.valueToTree(Map.of("title", "Not found")), null));
    replies.put("separations", reply(Map.of("items", List.of())));
    replies.put("reference", reply(REFERENCE));
    return replies;
  }

  /** The service's reference data, a few of its codes (its answer's shape). */
  private static final Map<String, Object> REFERENCE =
      Map.of(
          "countries",
          List.of(
              Map.of("code", "CO", "english", "Colombia", "spanish", "Colombia"),
              Map.of("code", "HT", "english", "Haiti", "spanish", "Haití"),
              Map.of("code", "US", "english", "United States", "spanish", "Estados Unidos")),
          "languages",
          List.of(
              Map.of("code", "en", "english", "English", "spanish", "inglés"),
              Map.of("code", "es", "english", "Spanish", "spanish", "español"),
              Map.of("code", "ht", "english", "Haitian Creole", "spanish", "criollo haitiano"),
              Map.of("code", "qu", "english", "Quechua", "spanish", "quechua")));

  private static Map<String, Backend.Reply> ordered(Map<String, Object> appeal) {
    Map<String, Backend.Reply> replies =
        base(
            appeal != null && "PENDING".equals(appeal.get("status"))
                ? "APPEAL_PENDING"
                : "REMOVAL_ORDERED");
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("id", 50);
    order.put("legalBasis", "Decreto Ley 3 de 2008, art. 65");
    order.put("issuedOn", "2026-11-10");
    order.put("notifiedOn", "2026-11-10");
    order.put("appealDeadline", "2026-11-20");
    order.put("appealSuspensive", true);
    order.put("issuedBy", "snm-issuer");
    order.put("appeals", appeal == null ? List.of() : List.of(appeal));
    order.put("version", 2);
    replies.put("order", reply(order));
    return replies;
  }

  private static Map<String, Object> pendingAppeal() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", 51);
    a.put("filedOn", "2026-11-25");
    a.put("grounds", "Notice not understood");
    a.put("suspensive", true);
    a.put("deadline", "2026-11-20");
    a.put("admittedOutOfTimeBy", "snm-chief");
    a.put("outOfTimeReason", "The notice was served in a language the person does not speak");
    a.put("status", "PENDING");
    a.put("decidedBy", null);
    a.put("version", 0);
    return a;
  }

  private static Map<String, Object> screening(long id, String outcome, String screener) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", id);
    s.put("screener", screener);
    s.put("language", "es");
    s.put("interpreter", null);
    s.put("outcome", outcome);
    s.put("screenedAt", "2026-11-03T10:00:00Z");
    s.put("needsConfirmation", "SCREENED_OUT".equals(outcome));
    s.put("confirmedBy", null);
    s.put("version", 4);
    return s;
  }

  private static Map<String, Object> claim(String status, String decidedBy) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("id", 60);
    claim.put("filedOn", "2026-11-26");
    claim.put("grounds", "Threats by an armed group");
    claim.put("status", status);
    claim.put("decidedBy", decidedBy);
    claim.put("version", 1);
    return claim;
  }

  /** An answer as the service sends it: the JSON of its record. */
  private static Backend.Reply reply(Object body) {
    return new Backend.Reply(200, JSON.valueToTree(body), null);
  }

  /** The answers as the portal reads them: the JSON above as the API's records. */
  static CasePages.CaseAnswers answers(Map<String, Backend.Reply> replies) {
    return new CasePages.CaseAnswers(
        answer(replies.get("case"), CaseView.class),
        answer(replies.get("history"), page(CaseEventView.class)),
        answer(replies.get("flags"), page(FlagView.class)),
        answer(replies.get("screenings"), list(ScreeningView.class)),
        answer(replies.get("rights"), list(RightsNoticeView.class)),
        answer(replies.get("order"), RemovalOrderView.class),
        answer(replies.get("documents"), page(TravelDocumentView.class)),
        answer(replies.get("gate"), EnforceabilityView.class),
        answer(replies.get("claim"), ProtectionClaimView.class),
        answer(replies.get("separations"), page(SeparationView.class)),
        answer(replies.get("reference"), ReferenceData.class));
  }

  // Read as the portal reads answers: unknown fields ignored (a partner may run a newer version).
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static JavaType page(Class<?> item) {
    return JSON.getTypeFactory().constructParametricType(Page.class, item);
  }

  private static JavaType list(Class<?> item) {
    return JSON.getTypeFactory().constructCollectionType(List.class, item);
  }

  private static <T> Backend.Answer<T> answer(Backend.Reply reply, Class<T> type) {
    return answer(reply, JSON.constructType(type));
  }

  private static <T> Backend.Answer<T> answer(Backend.Reply reply, JavaType type) {
    if (reply.status() >= 400) {
      return Backend.Answer.refused(reply.status(), "Not found");
    }
    return Backend.Answer.of(JSON.convertValue(reply.body(), type));
  }

  private static String render(
      String username, Set<String> roles, String language, Map<String, Backend.Reply> replies) {
    return render(new User(username, roles, "PA-SNM"), language, replies);
  }

  private static String render(User user, String language, Map<String, Backend.Reply> replies) {
    String username = user.username();
    Set<String> roles = user.roles;
    var view =
        ENGINE
            .getTemplate("case")
            .instance()
            .data("user", user)
            .setLocale(language)
            .data("fmt", new Fmt(language, java.time.ZoneId.of("America/Panama")))
            .data("lang", language)
            .data("section", "cases")
            .data("here", "/portal/cases/7")
            // As Views.page: no service found away, nothing just done.
            .data("away", Map.of())
            .data("notice", null)
            .data("key", "0123456789abcdef");
    return CasePages.caseView(
            view,
            answers(replies),
            username,
            user.agency(),
            roles.contains("supervisor"),
            TODAY,
            language)
        .render();
  }

  /** The signed-in user as the page asks about them, with the real policy table. */
  public static final class User {
    private static final Policy POLICY = new Policy();
    private final String username;
    private final Set<String> roles;
    private final String agency;
    private final Set<String> withheld;

    User(String username, Set<String> roles, String agency) {
      this(username, roles, agency, Set.of());
    }

    /** A user the policy would allow more than some deployment lets them: those are withheld. */
    User(String username, Set<String> roles, String agency, Set<String> withheld) {
      this.username = username;
      this.roles = roles;
      this.agency = agency;
      this.withheld = withheld;
    }

    /** The portal is PA-SNM's, whoever reads it. */
    public String homeAgency() {
      return "PA-SNM";
    }

    public String username() {
      return username;
    }

    public String agency() {
      return agency;
    }

    public boolean may(String operationId) {
      return !withheld.contains(operationId) && POLICY.reaches(operationId, roles, agency());
    }

    /** The PA-SNM deployment runs deportation-service and no other. */
    public boolean runs(String service) {
      return service.equals("removals");
    }

    public boolean seesCases() {
      return true;
    }

    public boolean seesOperations() {
      return true;
    }

    public boolean seesTraining() {
      return true;
    }

    public boolean seesFunding() {
      return false;
    }

    public boolean seesAudit() {
      return false;
    }
  }

  // What axe-core would say first, checked on the markup.

  private static String around(String page, String text) {
    int at = page.indexOf(text);
    return "unresolved: "
        + page.substring(Math.max(0, at - 300), Math.min(page.length(), at + 100));
  }

  private static int count(String page, String text) {
    int n = 0;
    for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> items(String page, String listId) {
    Matcher list =
        Pattern.compile("id=\"" + listId + "\">(.*?)</ul>", Pattern.DOTALL).matcher(page);
    assertTrue(list.find(), listId);
    List<String> items = new ArrayList<>();
    Matcher item = Pattern.compile("<li>(.*?)</li>").matcher(list.group(1));
    while (item.find()) {
      items.add(item.group(1));
    }
    return items;
  }
}
