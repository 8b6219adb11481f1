package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.puente.common.paging.Page;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.AgreementView;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineView;
import org.puente.funding.api.DeliveredOutput;
import org.puente.funding.api.DeobligationReason;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.ExecutionReport;
import org.puente.funding.api.LedgerEntryView;
import org.puente.funding.api.ObligationView;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.PaymentKind;
import org.puente.funding.api.ReversalKind;
import org.puente.funding.api.ReversalReason;
import org.puente.funding.api.ReversalView;

/**
 * The funding pages as drawn from funding-service's answers: the donor's budget officer is offered
 * the agreement's, line's and obligation's changes with their version (If-Match) and a key per
 * create form; another agency's officer, a certifier and an auditor are offered none; a closed
 * agreement takes no line or obligation; the requester of a payment or a reversal is told another
 * certifier decides; every field has a label in both languages; and the forms' values become the
 * API's request (or a 400 naming the field, before anything is sent).
 */
class FundingPagesTest {

  private static final Engine ENGINE = PortalTemplates.ENGINE;

  private static final User BUDGET = new User("dos-budget", Set.of("funding-officer"), "US-DOS");
  private static final User CERTIFIER =
      new User("dos-certifier", Set.of("certifying-officer"), "US-DOS");
  private static final User AUDITOR = new User("dos-auditor", Set.of("auditor"), "US-DOS");

  // --- agreement page

  @Test
  void theDonorsBudgetOfficerAmendsClosesAndAddsLinesToAnActiveAgreement() {
    String page = agreementPage(BUDGET, "en", agreement("US-DOS", "ACTIVE"));
    assertTrue(page.contains("id=\"amend-form\""), "the amendment");
    assertTrue(page.contains("action=\"/portal/funding/agreements/5\""));
    assertEquals(2, count(page, "name=\"version\" value=\"3\""), "amend and close send If-Match");
    assertTrue(page.contains("value=\"500000.00\""), "the ceiling as it is, to amend");
    assertTrue(page.contains("id=\"close-form\""));
    assertTrue(page.contains("id=\"line-form\""), "a new line");
    assertTrue(page.contains("name=\"key\" value=\"0123456789abcdef\""), "Idempotency-Key");
    for (BudgetCategory category : BudgetCategory.values()) {
      assertTrue(page.contains("<option value=\"" + category + "\">"), category.name());
    }
    assertTrue(
        page.contains("<a id=\"iati-link\" href=\"/api/v1/funding/agreements/5/iati\" download>"));
    assertTrue(page.contains("href=\"/portal/funding/lines/11\""), "a line opens its page");
    assertTrue(page.contains("href=\"/portal/funding/obligations/21\""));
    assertTrue(page.contains("id=\"execution\""), "the execution report");
    assertTrue(page.contains("Awaiting payment"));
    assertFalse(page.contains("id=\"not-donor\""));
  }

  @Test
  void aCertifierAndAnAuditorReadTheAgreementAndChangeNothing() {
    for (User reader : List.of(CERTIFIER, AUDITOR)) {
      String page = agreementPage(reader, "en", agreement("US-DOS", "ACTIVE"));
      assertEquals(0, count(page, "<form method=\"post\""), page);
      assertTrue(page.contains("id=\"iati-link\""), "the IATI export is theirs to read");
      assertTrue(page.contains("id=\"execution\""));
      assertTrue(page.contains("id=\"ledger\""));
    }
  }

  @Test
  void aClosedAgreementAndAnotherAgencysAgreementOfferNoChange() {
    String closed = agreementPage(BUDGET, "es", agreement("US-DOS", "CLOSED"));
    assertEquals(0, count(closed, "<form method=\"post\""), closed);
    assertTrue(closed.contains("id=\"agreement-status\">Cerrado<"), "the status in words");
    // An agreement SNM funds: the service answers a DOS officer's change 403; the page says why.
    String other = agreementPage(BUDGET, "en", agreement("PA-SNM", "ACTIVE"));
    assertEquals(0, count(other, "<form method=\"post\""), other);
    assertTrue(other.contains("id=\"not-donor\""));
  }

  // --- line page

  @Test
  void theLinePageReallotsAndObligatesByHandAndShowsOnlyItsOwnLedger() {
    String page = linePage(BUDGET, "en", "ACTIVE");
    assertTrue(page.contains("id=\"reallot-form\""));
    assertTrue(page.contains("action=\"/portal/funding/lines/11/allotment\""));
    assertTrue(page.contains("name=\"version\" value=\"6\""), "If-Match from the line shown");
    assertTrue(page.contains("id=\"obligate-form\""));
    assertTrue(page.contains("name=\"key\" value=\"0123456789abcdef\""));
    assertTrue(page.contains("<option value=\"removal-operation\">Removal operation</option>"));
    assertFalse(page.contains("onBehalfOf"), "only a service account obligates for someone");
    assertTrue(page.contains("Flight PTY-BOG"), "the line's own ledger entry");
    assertFalse(page.contains("Other line's entry"), "another line's entry is not this line's");
    assertTrue(page.contains("href=\"/portal/funding/obligations/21\""));
    // A closed agreement takes no obligation; the allotment may still be corrected.
    String closed = linePage(BUDGET, "en", "CLOSED");
    assertFalse(closed.contains("id=\"obligate-form\""));
    assertTrue(closed.contains("id=\"reallot-form\""));
    assertEquals(0, count(linePage(CERTIFIER, "en", "ACTIVE"), "<form method=\"post\""));
  }

  // --- obligation page

  @Test
  void anObligationWithARemainderIsDeobligatedWithTheApisReasonsAndPaidFrom() {
    String page = obligationPage(BUDGET, "en", "1500.00");
    assertTrue(page.contains("id=\"deobligate-form\""));
    assertTrue(page.contains("action=\"/portal/funding/obligations/21/deobligation\""));
    assertTrue(page.contains("name=\"version\" value=\"2\""), "If-Match");
    assertTrue(page.contains("name=\"key\" value=\"0123456789abcdef\""), "Idempotency-Key");
    for (DeobligationReason reason : DeobligationReason.values()) {
      assertTrue(page.contains("<option value=\"" + reason + "\">"), reason.name());
    }
    assertTrue(page.contains("The removal operation was cancelled"));
    assertTrue(page.contains("href=\"/portal/funding/disbursements/new?obligationId=21\""));
    assertTrue(page.contains("href=\"/portal/funding/disbursements/31\""), "its payments");
    String spent = obligationPage(BUDGET, "en", "0.00");
    assertFalse(spent.contains("id=\"deobligate-form\""), "nothing left to return");
    assertFalse(spent.contains("id=\"request-payment-link\""), "nothing left to pay");
    assertEquals(0, count(obligationPage(AUDITOR, "en", "1500.00"), "<form method=\"post\""));
  }

  // --- payments and reversals

  @Test
  void aPaymentIsDecidedByACertifierWhoDidNotRequestIt() {
    DisbursementView waiting = payment("REQUESTED", "dos-budget");
    String certifier = paymentPage(CERTIFIER, "en", waiting);
    assertTrue(certifier.contains("id=\"approve-form\""));
    assertTrue(certifier.contains("id=\"reject-form\""));
    assertTrue(certifier.contains("name=\"version\" value=\"1\""));
    // The requester is told; the service would answer their decision 403.
    String requester = paymentPage(CERTIFIER, "es", payment("REQUESTED", "dos-certifier"));
    assertFalse(requester.contains("id=\"approve-form\""));
    assertTrue(requester.contains("id=\"own-request\""));
    // The budget officer requested it and decides nothing.
    assertEquals(0, count(paymentPage(BUDGET, "en", waiting), "<form method=\"post\""));
  }

  @Test
  void anApprovedPaymentIsReversedWithTheApisKindsAndReasons() {
    String page = paymentPage(BUDGET, "en", payment("APPROVED", "dos-budget"));
    assertTrue(page.contains("id=\"reversal-form\""));
    assertTrue(page.contains("action=\"/portal/funding/disbursements/31/reversals\""));
    assertTrue(page.contains("name=\"key\" value=\"0123456789abcdef\""));
    for (ReversalReason reason : ReversalReason.values()) {
      assertTrue(page.contains("<option value=\"" + reason + "\">"), reason.name());
    }
    assertFalse(page.contains("id=\"approve-form\""), "decided already");
    assertTrue(page.contains("37 People removed"), "what it bought");
    assertFalse(
        paymentPage(BUDGET, "en", payment("REJECTED", "dos-budget")).contains("reversal-form"));
  }

  @Test
  void anotherAgencysPaymentIsNeitherDecidedNorReversedHere() {
    // An agreement SNM funds: its certifiers decide; the service answers DOS's 403.
    String waiting =
        FundingPages.paymentView(
                page("funding-payment", CERTIFIER, "en"),
                payment("REQUESTED", "snm-funding-officer"),
                false,
                CERTIFIER.username())
            .data("key", "k")
            .render();
    assertEquals(0, count(waiting, "<form method=\"post\""), waiting);
    assertTrue(waiting.contains("Only the donor's certifying officers decide it."));
    String approved =
        FundingPages.paymentView(
                page("funding-payment", BUDGET, "en"),
                payment("APPROVED", "snm-funding-officer"),
                false,
                BUDGET.username())
            .data("key", "k")
            .render();
    assertFalse(approved.contains("id=\"reversal-form\""));
  }

  @Test
  void aReversalIsDecidedByACertifierWhoDidNotRequestIt() {
    String other = reversalPage(new User("dos-certifier-2", CERTIFIER.roles, "US-DOS"), "en");
    assertTrue(other.contains("action=\"/portal/funding/reversals/41/approval\""));
    assertTrue(other.contains("action=\"/portal/funding/reversals/41/rejection\""));
    assertTrue(other.contains("name=\"version\" value=\"0\""));
    String own = reversalPage(CERTIFIER, "en");
    assertEquals(0, count(own, "<form method=\"post\""));
    assertTrue(own.contains("Your own request: another certifying officer decides."));
    assertEquals(0, count(reversalPage(BUDGET, "en"), "<form method=\"post\""));
  }

  // --- create pages

  @Test
  void theNewAgreementPageAsksEveryFieldOfTheRequestAndOffersTheOtherAgencies() {
    String page =
        page("funding-agreement-new", BUDGET, "en")
            .data("agencies", FundingPages.recipients("US-DOS"))
            .data("key", "0123456789abcdef")
            .render();
    for (String field :
        List.of(
            "reference",
            "title",
            "recipientAgency",
            "treasuryAccount",
            "ceiling",
            "periodStart",
            "periodEnd",
            "key")) {
      assertTrue(page.contains("name=\"" + field + "\""), field);
    }
    assertTrue(page.contains("<option value=\"PA-SNM\">"));
    assertTrue(page.contains("<option value=\"US-DHS\">"));
    assertFalse(page.contains("<option value=\"US-DOS\">"), "the donor does not fund itself");
  }

  @Test
  void thePaymentFormOffersOnlyObligationsWithARemainderTheHandlerReadFromTheApi() {
    ObligationView open = obligation("1500.00");
    String page =
        page("funding-payment-new", BUDGET, "en")
            .data("obligations", List.of(open))
            .data("chosen", 21L)
            .data("kinds", List.of(PaymentKind.values()))
            .data("units", List.of(OutputUnit.values()))
            .data("key", "0123456789abcdef")
            .render();
    assertTrue(page.contains("<option value=\"21\" selected>"), "the obligation it came from");
    assertTrue(page.contains("name=\"quantity\""));
    assertTrue(page.contains("<option value=\"OFFICERS_CERTIFIED\">Officers certified</option>"));
    String none =
        page("funding-payment-new", BUDGET, "es")
            .data("obligations", List.of())
            .data("chosen", 0L)
            .data("kinds", List.of(PaymentKind.values()))
            .data("units", List.of(OutputUnit.values()))
            .data("key", "0123456789abcdef")
            .render();
    assertTrue(none.contains("Ninguna obligación tiene saldo sin pagar."));
    assertFalse(none.contains("id=\"payment-form\""));
  }

  // --- the forms' values as the API's request

  @Test
  void aFormsValuesBecomeTheRequestOrA400NamingTheField() {
    assertEquals("removal-operation:42", FundingPages.reference("removal-operation", " 42 "));
    assertNull(FundingPages.reference("contract", ""), "absent: the service names the field");
    BackendProblem kind =
        assertThrows(BackendProblem.class, () -> FundingPages.reference("invoice", "7"));
    assertEquals(400, kind.status());
    assertEquals(
        "reference", kind.problem().errors().get(0).field(), "the field the API would name");
    assertNull(FundingPages.output("", ""), "no output counted");
    assertEquals(
        new DeliveredOutput(37, OutputUnit.PEOPLE_REMOVED),
        FundingPages.output("37", "PEOPLE_REMOVED"));
    assertEquals(
        "output.quantity",
        assertThrows(BackendProblem.class, () -> FundingPages.output("lots", "PEOPLE_REMOVED"))
            .problem()
            .errors()
            .get(0)
            .field());
    assertEquals(Agency.PA_SNM, FundingPages.agency("PA-SNM", "recipientAgency"));
    assertNull(FundingPages.agency(" ", "recipientAgency"));
    assertEquals(
        400,
        assertThrows(BackendProblem.class, () -> FundingPages.agency("XX-ABC", "recipientAgency"))
            .status());
    assertEquals(
        "ceiling.amount",
        assertThrows(BackendProblem.class, () -> Forms.usd("12,50", "ceiling"))
            .problem()
            .errors()
            .get(0)
            .field());
  }

  // --- words and markup

  @Test
  void everyCodeTheFundingPagesDrawHasWordsInBothLanguages() {
    Set<String> missing = new TreeSet<>();
    for (String language : Texts.LANGUAGES) {
      Map<String, String> words = Texts.of(language);
      List<String> keys = new ArrayList<>();
      Arrays.stream(DeobligationReason.values())
          .forEach(c -> keys.add(Texts.key("deobligation", c)));
      Arrays.stream(ReversalKind.values()).forEach(c -> keys.add(Texts.key("reversal", c)));
      Arrays.stream(ReversalReason.values()).forEach(c -> keys.add(Texts.key("rreason", c)));
      Arrays.stream(OutputUnit.values()).forEach(c -> keys.add(Texts.key("outputunit", c)));
      Arrays.stream(DisbursementStatus.values()).forEach(c -> keys.add(Texts.key("pstatus", c)));
      Arrays.stream(AgreementStatus.values()).forEach(c -> keys.add(Texts.key("agreement", c)));
      Arrays.stream(PaymentKind.values()).forEach(c -> keys.add(Texts.key("payment", c)));
      FundingPages.REFERENCE_KINDS.forEach(k -> keys.add(Texts.key("refkind", k)));
      // What each handler names as done (Views.done), read from its source.
      keys.addAll(doneKeys());
      for (String key : keys) {
        if (!words.containsKey(key)) {
          missing.add(language + ": " + key);
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  private static List<String> doneKeys() {
    String source;
    try {
      source =
          Files.readString(Path.of("src/main/java/org/puente/gateway/portal/FundingPages.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> keys = new ArrayList<>();
    Matcher done = Pattern.compile("Views\\.done\\([^;]*?\"([a-z_]+)\"\\)").matcher(source);
    while (done.find()) {
      keys.add("done_" + done.group(1));
    }
    assertTrue(keys.size() >= 11, "every change names what was done: " + keys);
    return keys;
  }

  @Test
  void everyFieldHasALabelAndIdsAreUnique() {
    List<String> pages = new ArrayList<>();
    for (String language : List.of("en", "es")) {
      pages.add(agreementPage(BUDGET, language, agreement("US-DOS", "ACTIVE")));
      pages.add(linePage(BUDGET, language, "ACTIVE"));
      pages.add(obligationPage(BUDGET, language, "1500.00"));
      pages.add(paymentPage(CERTIFIER, language, payment("REQUESTED", "dos-budget")));
      pages.add(paymentPage(BUDGET, language, payment("APPROVED", "dos-budget")));
      pages.add(reversalPage(BUDGET, language));
      pages.add(
          page("funding-agreement-new", BUDGET, language)
              .data("agencies", FundingPages.recipients("US-DOS"))
              .data("key", "k")
              .render());
    }
    for (String page : pages) {
      assertEquals(Set.of(), PortalTemplates.unlabelled(page), "every field has a label");
      assertEquals(Set.of(), PortalTemplates.duplicateIds(page), "ids are unique");
      assertFalse(page.contains("NOT_FOUND"), page);
    }
  }

  @Test
  void aRefusedObligationIsDrawnAgainWithWhatWasTypedAndTheServicesWordsBesideEachField() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("amount", List.of("99999.00"));
    sent.put("purpose", List.of("Charter PTY-BOG"));
    sent.put("referenceKind", List.of("removal-operation"));
    sent.put("referenceId", List.of("E2E-42"));
    FormState state = new FormState(null);
    PortalTemplates.drawWith(state);
    state.refuse(
        "obligate",
        "/portal/funding/lines/11",
        sent,
        new BackendProblem(
            409,
            new org.puente.common.problem.Problem(
                null,
                "The funds cannot be obligated",
                409,
                null,
                null,
                null,
                List.of(
                    new org.puente.common.problem.Problem.FieldError(
                        "amount.amount", "more than the line has")),
                List.of("Insufficient funds on the budget line: 25000.00 available"))));
    try {
      String page = linePage(BUDGET, "en", "ACTIVE");
      assertTrue(page.contains("id=\"problem\" data-status=\"409\""), "the problem on top");
      assertTrue(page.contains("25000.00 available"), "the service's reason");
      assertTrue(page.contains("name=\"amount\" value=\"99999.00\""), "the amount as typed");
      assertTrue(page.contains("name=\"purpose\" value=\"Charter PTY-BOG\""));
      assertTrue(page.contains("name=\"referenceId\" value=\"E2E-42\""));
      assertTrue(page.contains("<option value=\"removal-operation\" selected>"), "the kind chosen");
      assertTrue(
          page.contains("id=\"obligate-amount-error\">more than the line has</p>"),
          "the service's word beside the field");
      // The other form of the page is drawn as the record is, not with the refused form's values.
      assertTrue(
          Pattern.compile("name=\"allotted\"[^>]* value=\"200000.00\"").matcher(page).find());
      assertEquals(Set.of(), PortalTemplates.duplicateIds(page));
    } finally {
      PortalTemplates.drawWith(new FormState(null));
    }
  }

  // --- the pages drawn from the service's answers, as FundingPages draws them

  private static String agreementPage(User user, String language, Map<String, Object> a) {
    Map<String, Object> line = line(11, 5);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("budgetLineId", 11);
    row.put("category", "CHARTER_FLIGHTS");
    for (String f :
        List.of("allotted", "obligated", "pending", "disbursed", "expended", "available")) {
      row.put(f, usd("100.00"));
    }
    Map<String, Object> total = new LinkedHashMap<>(row);
    total.put("budgetLineId", null);
    total.put("category", null);
    Map<String, Object> execution =
        Map.of(
            "agreementId",
            5,
            "reference",
            "PA-REMOVALS-2026",
            "title",
            "Removal flights",
            "lines",
            List.of(row),
            "total",
            total);
    var answers =
        new FundingPages.AgreementAnswers(
            Backend.Answer.of(as(a, AgreementView.class)),
            user.may("listBudgetLines")
                ? Backend.Answer.of(page(line, BudgetLineView.class))
                : null,
            user.may("listObligations")
                ? Backend.Answer.of(page(obligationJson("1500.00"), ObligationView.class))
                : null,
            user.may("listLedgerEntries")
                ? Backend.Answer.of(page(ledgerEntry(11, "Flight PTY-BOG"), LedgerEntryView.class))
                : null,
            user.may("executionReport")
                ? Backend.Answer.of(as(execution, ExecutionReport.class))
                : null);
    return FundingPages.agreementView(page("agreement", user, language), answers, user.agency())
        .data("key", "0123456789abcdef")
        .render();
  }

  private static String linePage(User user, String language, String agreementStatus) {
    var answers =
        new FundingPages.LineAnswers(
            as(line(11, 5), BudgetLineView.class),
            Backend.Answer.of(as(agreement("US-DOS", agreementStatus), AgreementView.class)),
            Backend.Answer.of(page(obligationJson("1500.00"), ObligationView.class)),
            Backend.Answer.of(
                new Page<>(
                    List.of(
                        as(ledgerEntry(11, "Flight PTY-BOG"), LedgerEntryView.class),
                        as(ledgerEntry(12, "Other line's entry"), LedgerEntryView.class)),
                    null)));
    return FundingPages.lineView(page("line", user, language), answers, user.agency())
        .data("key", "0123456789abcdef")
        .render();
  }

  private static String obligationPage(User user, String language, String remainder) {
    return FundingPages.obligationView(
            page("funding-obligation", user, language),
            obligation(remainder),
            Backend.Answer.of(as(agreement("US-DOS", "ACTIVE"), AgreementView.class)),
            Backend.Answer.of(new Page<>(List.of(payment("REQUESTED", "dos-budget")), null)),
            user.agency())
        .data("key", "0123456789abcdef")
        .render();
  }

  private static String paymentPage(User user, String language, DisbursementView p) {
    return FundingPages.paymentView(
            page("funding-payment", user, language), p, true, user.username())
        .data("key", "0123456789abcdef")
        .render();
  }

  private static String reversalPage(User user, String language) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", 41);
    r.put("disbursementId", 31);
    r.put("obligationId", 21);
    r.put("agreementId", 5);
    r.put("kind", "REFUND");
    r.put("reasonCode", "DUPLICATE_PAYMENT");
    r.put("reason", "Invoice 2026-081 was paid twice");
    r.put("amount", usd("250.00"));
    r.put("status", "REQUESTED");
    r.put("requestedBy", "dos-certifier");
    r.put("requestedAt", "2026-11-28T15:00:00Z");
    r.put("version", 0);
    return FundingPages.reversalView(
            page("funding-reversal", user, language),
            as(r, ReversalView.class),
            true,
            user.username())
        .render();
  }

  // --- funding-service's answers, as its views serialise them

  private static Map<String, Object> usd(String amount) {
    return Map.of("amount", amount, "currency", "USD");
  }

  private static Map<String, Object> agreement(String donor, String status) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", 5);
    a.put("reference", "PA-REMOVALS-2026");
    a.put("title", "Removal flights");
    a.put("donorAgency", donor);
    a.put("recipientAgency", "PA-SNM");
    a.put("treasuryAccount", "019-X-1143-000");
    a.put("ceiling", usd("500000.00"));
    a.put("allotted", usd("200000.00"));
    a.put("obligated", usd("1500.00"));
    a.put("disbursed", usd("0.00"));
    a.put("unallotted", usd("300000.00"));
    a.put("periodStart", "2026-01-01");
    a.put("periodEnd", "2027-09-30");
    a.put("status", status);
    a.put("version", 3);
    return a;
  }

  private static Map<String, Object> line(long id, long agreementId) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("id", id);
    l.put("agreementId", agreementId);
    l.put("category", "CHARTER_FLIGHTS");
    l.put("description", "Charter flights to Colombia");
    l.put("allotted", usd("200000.00"));
    l.put("obligated", usd("1500.00"));
    l.put("disbursed", usd("0.00"));
    l.put("available", usd("198500.00"));
    l.put("version", 6);
    return l;
  }

  private static Map<String, Object> obligationJson(String remainder) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", 21);
    o.put("agreementId", 5);
    o.put("budgetLineId", 11);
    o.put("amount", usd("1500.00"));
    o.put("deobligated", usd("0.00"));
    o.put("pending", usd("0.00"));
    o.put("disbursed", usd("0.00"));
    o.put("remainder", usd(remainder));
    o.put("purpose", "Charter PTY-BOG");
    o.put("reference", "removal-operation:42");
    o.put("obligatedOn", "2026-11-20");
    o.put("createdBy", "dos-budget");
    o.put("version", 2);
    return o;
  }

  private static ObligationView obligation(String remainder) {
    return as(obligationJson(remainder), ObligationView.class);
  }

  private static Map<String, Object> ledgerEntry(long lineId, String description) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", 100 + lineId);
    e.put("type", "COMMITMENT");
    e.put("amount", usd("1500.00"));
    e.put("entryDate", "2026-11-20");
    e.put("budgetLineId", lineId);
    e.put("obligationId", 21);
    e.put("description", description);
    e.put("recordedBy", "dos-budget");
    e.put("recordedAt", "2026-11-20T14:00:00Z");
    return e;
  }

  private static DisbursementView payment(String status, String requestedBy) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", 31);
    p.put("obligationId", 21);
    p.put("agreementId", 5);
    p.put("kind", "EXPENDITURE");
    p.put("amount", usd("1000.00"));
    p.put("description", "Invoice 2026-081, charter PTY-BOG");
    p.put("status", status);
    p.put("requestedBy", requestedBy);
    p.put("requestedAt", "2026-11-28T15:00:00Z");
    p.put("version", 1);
    p.put("output", Map.of("quantity", 37, "unit", "PEOPLE_REMOVED"));
    return as(p, DisbursementView.class);
  }

  // Read as the portal reads answers: unknown fields ignored.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static <T> T as(Object json, Class<T> type) {
    return JSON.convertValue(json, type);
  }

  private static <T> Page<T> page(Object item, Class<T> type) {
    JavaType page = JSON.getTypeFactory().constructParametricType(Page.class, type);
    return JSON.convertValue(Map.of("items", List.of(item)), page);
  }

  // --- rendering with Qute alone: the templates as they are, the real words and formats

  private static TemplateInstance page(String template, User user, String language) {
    return ENGINE
        .getTemplate(template)
        .instance()
        .setLocale(language)
        .data("user", user)
        .data("fmt", new Fmt(language, ZoneId.of("America/New_York")))
        .data("lang", language)
        .data("section", "funding")
        .data("here", "/portal/funding")
        .data("away", Map.of())
        .data("notice", null);
  }

  /** The signed-in user as the pages ask about them, with the real policy table. */
  public static final class User {
    private static final Policy POLICY = new Policy();
    private final String username;
    private final Set<String> roles;
    private final String agency;

    User(String username, Set<String> roles, String agency) {
      this.username = username;
      this.roles = roles;
      this.agency = agency;
    }

    /** The State Department's portal, which runs funding-service only. */
    public String homeAgency() {
      return "US-DOS";
    }

    public String username() {
      return username;
    }

    public String agency() {
      return agency;
    }

    public boolean may(String operationId) {
      return POLICY.reaches(operationId, roles, agency);
    }

    public boolean runs(String service) {
      return service.equals("funding");
    }

    public boolean seesCases() {
      return false;
    }

    public boolean seesOperations() {
      return false;
    }

    public boolean seesTraining() {
      return false;
    }

    public boolean seesFunding() {
      return true;
    }

    public boolean seesAudit() {
      return false;
    }
  }

  // --- what axe-core would say first, checked on the markup

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
