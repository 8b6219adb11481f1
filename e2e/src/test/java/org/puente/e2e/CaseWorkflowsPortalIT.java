package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.testing.Steps;

/**
 * The removals case workflows in PA-SNM's portal: a case officer opens a case choosing the
 * nationality and languages from the service's lists (a refused form keeps what was typed, the
 * service's word beside the field) and records the notice of rights and the screening; a claim on a
 * case whose order snm-supervisor issued is decided by a second supervisor; a supervisor discloses
 * a case to DHS, DHS reads it, and the read is in the disclosure log; the case page at a tablet's
 * 768 px does not scroll sideways. Screenshots under target/screenshots/, each checked with
 * axe-core. After the other browser and scenario tests: it adds cases of its own only.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseWorkflowsPortalIT {

  private static final String REMOVALS = "/api/v1/removals";
  private static final ZoneId PANAMA = ZoneId.of("America/Panama");
  private static final LocalDate TODAY = LocalDate.now(PANAMA);

  /** Each user works at their own agency's gateway. */
  private static final Steps STEPS =
      new Steps(Stack::bearer, (user, path) -> Stack.gatewayOf(user) + path);

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  @Order(1)
  void anOfficerOpensACaseFromTheListsAndRecordsRightsAndAScreening() {
    String family = "Jean-Baptiste " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser b = Browser.signedInAs("snm-officer")) {
      b.open("/portal/cases");
      b.click("#new-case");
      b.screenshot("case-new").accessible("case-new");
      // The choices are the service's: Haiti among the countries, Haitian Creole among languages.
      b.find("#n-given").sendKeys("Wideline");
      new Select(b.find("#n-nationality")).selectByValue("HT");
      new Select(b.find("#n-sex")).selectByValue("F");
      Select languages = new Select(b.find("#n-languages"));
      languages.selectByValue("ht");
      languages.selectByValue("fr");
      b.find("#n-place").sendKeys("Lajas Blancas reception station");
      b.find("#n-unit").sendKeys("SENAFRONT Darién");
      // The family names left empty, past the browser's own check: the service refuses it.
      ((JavascriptExecutor) b.driver)
          .executeScript("document.getElementById('n-family').removeAttribute('required')");
      b.click("#case-form button[type='submit']");
      assertEquals(400, b.status(), b.text());
      assertTrue(b.has("#case-familyNames-error"), "the service's word beside the field");
      assertEquals("Wideline", b.find("#n-given").getAttribute("value"), "kept as typed");
      assertEquals(
          "HT",
          new Select(b.find("#n-nationality")).getFirstSelectedOption().getAttribute("value"));
      assertEquals(
          List.of("fr", "ht"),
          new Select(b.find("#n-languages"))
              .getAllSelectedOptions().stream()
                  .map(o -> o.getAttribute("value"))
                  .sorted()
                  .toList());
      assertEquals("SENAFRONT Darién", b.find("#n-unit").getAttribute("value"));
      b.screenshot("case-new-refused").accessible("case-new-refused");

      b.find("#n-family").sendKeys(family);
      b.click("#case-form button[type='submit']");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The case was opened"));
      String url = b.driver.getCurrentUrl();
      long id = Long.parseLong(url.replaceAll(".*/portal/cases/(\\d+).*", "$1"));
      Response opened = STEPS.get("snm-officer", REMOVALS + "/cases/" + id);
      assertEquals(200, opened.statusCode());
      assertEquals(family, opened.jsonPath().getString("familyNames"));
      assertEquals("HT", opened.jsonPath().getString("nationality"));
      assertEquals(
          List.of("fr", "ht"),
          opened.jsonPath().getList("languages", String.class).stream().sorted().toList());

      // The notice of rights: every right, in the person's language (offered first, chosen).
      for (Right r : Right.values()) {
        b.find("#right-" + r).click();
      }
      assertTrue(
          List.of("fr", "ht")
              .contains(
                  new Select(b.find("#r-lang")).getFirstSelectedOption().getAttribute("value")),
          "a language the person speaks is chosen");
      new Select(b.find("#r-lang")).selectByValue("ht");
      b.click("#rights-form button[type='submit']");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("notice of rights was recorded"));
      assertTrue(
          b.find("#rights-status").getText().contains("told"), b.find("#rights-status").getText());

      // The screening, in Haitian Creole, no fear of return expressed.
      new Select(b.find("#s-lang")).selectByValue("ht");
      new Select(b.find("#s-outcome")).selectByValue(ScreeningOutcome.NO_CLAIM.name());
      b.find("#s-notes").sendKeys("Travelling to join family; no fear of return expressed");
      b.screenshot("case-screening").accessible("case-screening");
      b.click("#screening-form button[type='submit']");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The screening was recorded"));
      Response screenings = STEPS.get("snm-officer", REMOVALS + "/cases/" + id + "/screenings");
      assertEquals(List.of("ht"), screenings.jsonPath().getList("language", String.class));
      assertEquals(
          1,
          STEPS
              .get("snm-officer", REMOVALS + "/cases/" + id + "/rights-notices")
              .jsonPath()
              .getList("$")
              .size(),
          "one notice, naming every right");
      b.screenshot("case-recorded").accessible("case-recorded");
    }
  }

  @Test
  @Order(2)
  void aClaimOnACaseWhoseOrderTheFirstSupervisorIssuedIsDecidedByASecond() {
    long id = caseWithOrderAndPendingClaim();
    // The service refuses the supervisor who issued the order.
    Response refused =
        STEPS.postIfMatch(
            "snm-supervisor",
            REMOVALS + "/cases/" + id + "/protection-claim/decision",
            REMOVALS + "/cases/" + id + "/protection-claim",
            java.util.Map.of("outcome", "DENIED", "reason", "No risk shown"));
    assertEquals(403, refused.statusCode(), refused.asString());
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/cases/" + id);
      assertTrue(b.has("#claim-not-yours"), "told another supervisor decides");
      assertFalse(b.has("#claim-decision-form"));
      b.screenshot("claim-not-yours").accessible("claim-not-yours");
    }
    try (Browser b = Browser.signedInAs("snm-supervisor-2")) {
      b.open("/portal/cases/" + id);
      assertEquals("Protection claim pending", b.find("#case-status").getText());
      new Select(b.find("#cd-outcome")).selectByValue("GRANTED");
      b.find("#cd-reason")
          .sendKeys("Credible, specific threats by an armed group; no internal flight");
      b.screenshot("claim-decision").accessible("claim-decision");
      b.click("#claim-decision-form button[type='submit']");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The protection claim was decided"));
      assertEquals("Protection granted", b.find("#case-status").getText());
      assertTrue(b.find("#claim").getText().contains("snm-supervisor-2"));
      b.screenshot("claim-decided").accessible("claim-decided");
    }
  }

  @Test
  @Order(3)
  void aDisclosureGrantedInThePortalLetsDhsReadTheCaseAndTheReadIsLogged() {
    long id = newCase("Disclosed " + UUID.randomUUID().toString().substring(0, 6), "CO", "es");
    String casePath = REMOVALS + "/cases/" + id;
    // Before any grant DHS finds no such case.
    partnerRead(casePath).then().statusCode(404);
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/cases/" + id);
      new Select(b.find("#g-grantee")).selectByValue("US-DHS");
      b.find("#g-basis").sendKeys("Bilateral agreement, art. 9");
      b.find("#g-purpose").sendKeys("Verification of the travel history");
      String until =
          LocalDateTime.now(PANAMA)
              .plusDays(7)
              .withSecond(0)
              .withNano(0)
              .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
      ((JavascriptExecutor) b.driver)
          .executeScript("document.getElementById('g-until').value = arguments[0]", until);
      b.screenshot("case-disclose").accessible("case-disclose");
      b.click("#disclosure-form button[type='submit']");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("Access was granted"));

      // DHS reads the case under the grant.
      partnerRead(casePath).then().statusCode(200);

      b.open("/portal/disclosures");
      assertTrue(b.find("#grants").getText().contains("#" + id), b.find("#grants").getText());
      b.screenshot("disclosures").accessible("disclosures");
      b.click("#disclosure-log-link");
      String log = b.find("#disclosure-log").getText();
      assertTrue(log.contains("dhs-advisor") && log.contains("#" + id), log);
      assertTrue(log.contains("Bilateral agreement, art. 9"), log);
      b.screenshot("disclosure-log-partner-read").accessible("disclosure-log-partner-read");

      // Revoked in the portal: DHS finds the case no more.
      b.open("/portal/disclosures");
      String revoke =
          b.all("#grants tbody tr").stream()
              .filter(r -> r.getText().contains("#" + id))
              .findFirst()
              .orElseThrow()
              .getAttribute("id")
              .replace("grant-", "revoke-");
      b.click("#" + revoke + " button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The grant was revoked"));
      partnerRead(casePath).then().statusCode(404);
    }
  }

  @Test
  @Order(4)
  void theCasePageAtATabletsWidthDoesNotScrollSideways() {
    long id = newCase("Tableta " + UUID.randomUUID().toString().substring(0, 6), "VE", "es");
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.resize(768, 1000);
      b.open("/portal/cases/" + id);
      b.screenshot("case-768").accessible("case-768");
      assertFalse(b.scrollsSideways(), "document.documentElement.scrollWidth <= window.innerWidth");
    }
  }

  /** DHS's advisor reads a case of SNM at SNM's gateway, as partners do under a grant. */
  private static Response partnerRead(String path) {
    return given()
        .baseUri(Stack.PA_GATEWAY)
        .header("Authorization", Stack.bearer("dhs-advisor"))
        .get(path);
  }

  private static long newCase(String familyNames, String nationality, String language) {
    return Steps.id(
        STEPS.post(
            "snm-officer",
            REMOVALS + "/cases",
            new CaseRequest(
                "Persona",
                familyNames,
                LocalDate.parse("1992-02-14"),
                nationality,
                "M",
                List.of(language),
                null,
                null,
                TODAY.minusDays(20),
                "Lajas Blancas reception station",
                null,
                null)));
  }

  /**
   * Screened (no claim), told every right, ordered removed by snm-supervisor; then the person
   * claims protection: PROTECTION_CLAIM_PENDING, with the order's issuer known.
   */
  private static long caseWithOrderAndPendingClaim() {
    long id = newCase("Reclamante " + UUID.randomUUID().toString().substring(0, 6), "CO", "es");
    String base = REMOVALS + "/cases/" + id;
    ok(
        STEPS.post(
            "snm-officer",
            base + "/screenings",
            new ScreeningRequest("es", null, false, ScreeningOutcome.NO_CLAIM, null)));
    ok(
        STEPS.post(
            "snm-officer",
            base + "/rights-notices",
            new RightsNoticeRequest(EnumSet.allOf(Right.class), "es", null, TODAY.minusDays(10))));
    ok(
        STEPS.post(
            "snm-supervisor",
            base + "/removal-order",
            new RemovalOrderRequest(
                "Decreto Ley 3 de 2008",
                TODAY.minusDays(5),
                TODAY.minusDays(5),
                TODAY.plusDays(5),
                true)));
    ok(
        STEPS.post(
            "snm-officer",
            base + "/protection-claim",
            new ProtectionClaimRequest(
                TODAY, "Threatened by an armed group after refusing to pay")));
    return id;
  }

  private static void ok(Response r) {
    assertEquals(2, r.statusCode() / 100, r.asString());
  }
}
