package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.puente.removals.api.FitnessRequest;
import org.puente.testing.ApiJson;

/**
 * The three agencies' portals in a real browser (Debian's headless Chromium) against the three
 * deployments as ./run.sh starts them, with their demo data and each realm's login page: each user
 * signs in at its own agency's portal (snm- at 8080, dhs- at 8090, dos- at 8100). Runs before the
 * bilateral scenario, so the seeded numbers are the demo data's. Each main page is saved under
 * target/screenshots/ and checked with axe-core.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

  private static final String REMOVALS = "/api/v1/removals";
  private static final String FUNDING = "/api/v1/funding";

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  @Order(1) // first: the other tests change the numbers
  void theDashboardChartsShowTheSeededNumbers() {
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      assertEquals("snm-supervisor", b.find("#user").getText());
      // Cases by status: the demo's 60 open cases and 8 removed, and every bar as the API counts.
      assertEquals("60", bar(b, "chart-cases", "OPEN", "count"));
      assertEquals("8", bar(b, "chart-cases", "REMOVED", "count"));
      for (Map<String, Object> cell :
          api("snm-supervisor", REMOVALS + "/statistics/cases", "cells")) {
        assertEquals(
            String.valueOf(cell.get("count")),
            bar(b, "chart-cases", (String) cell.get("status"), "count"));
      }
      // Removals this month by nationality: the two demo charters, 5 to Bogotá and 3 to Quito.
      String month =
          LocalDate.now(java.time.ZoneId.of("America/Panama")).toString().substring(0, 7);
      assertEquals("5", bar(b, "chart-removals", month, "CO"));
      assertEquals("3", bar(b, "chart-removals", month, "EC"));
      // Funds per line, exactly as funding-service keeps them: the charter line's 4.5 M allotted,
      // three charters obligated and the first flight's approved payment disbursed.
      String charter = null;
      for (Map<String, Object> line :
          api("snm-supervisor", FUNDING + "/budget-lines?limit=200", "items")) {
        String id = String.valueOf(line.get("id"));
        for (String measure : List.of("allotted", "obligated", "disbursed", "available")) {
          assertEquals(
              ((Map<?, ?>) line.get(measure)).get("amount"),
              bar(b, "chart-funds", id, measure),
              id + " " + measure);
        }
        if ("CHARTER_FLIGHTS".equals(line.get("category")) && charter == null) {
          charter = id;
        }
      }
      assertEquals("4500000.00", bar(b, "chart-funds", charter, "allotted"));
      assertEquals("610000.00", bar(b, "chart-funds", charter, "obligated"));
      assertEquals("176500.00", bar(b, "chart-funds", charter, "disbursed"));
      assertTrue(b.find("#chart-funds").getText().contains("PA-REMOVALS-2024"));
      // Coming up: the screening course next month.
      assertTrue(
          b.find("#upcoming-sessions")
              .getText()
              .contains("Entrevistas de determinación de protección"));
      b.screenshot("dashboard").accessible("dashboard");
    }
  }

  /**
   * Each agency signs in at its own realm and portal, and its dashboard shows the sections its
   * partners feed, fetched from the deployment that owns them with the user's own token: PA-SNM's
   * portal shows DHS's training sessions and DOS's funds; DHS's shows PA-SNM's case and removal
   * statistics; DOS's shows PA-SNM's statistics (small cells hidden) and DHS's sessions.
   */
  @Test
  @Order(2)
  void eachAgencysPortalShowsTheSectionsItsPartnersFeed() {
    String session = "Entrevistas de determinación de protección";
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      assertEquals(Stack.PA_GATEWAY, b.base);
      assertEquals("snm-supervisor", b.find("#user").getText());
      for (String panel : List.of("cases-h", "removals-h", "funds-h", "sessions-h", "certs-h")) {
        assertPanelShown(b, panel);
      }
      assertTrue(b.find("#upcoming-sessions").getText().contains(session), "DHS's sessions");
      assertTrue(b.find("#chart-funds").getText().contains("PA-REMOVALS-2024"), "DOS's funds");
      b.screenshot("portal-pa-snm").accessible("portal-pa-snm");
    }
    try (Browser b = Browser.signedInAs("dhs-coordinator")) {
      assertEquals(Stack.DHS_GATEWAY, b.base);
      assertEquals("dhs-coordinator", b.find("#user").getText());
      for (String panel : List.of("cases-h", "removals-h", "sessions-h", "certs-h")) {
        assertPanelShown(b, panel);
      }
      assertTrue(b.has("#chart-cases rect[data-group='OPEN']"), "PA-SNM's case statistics");
      assertTrue(b.has("#chart-removals rect"), "PA-SNM's removal statistics");
      assertTrue(b.find("#upcoming-sessions").getText().contains(session), "its own sessions");
      b.screenshot("portal-us-dhs").accessible("portal-us-dhs");
    }
    try (Browser b = Browser.signedInAs("dos-budget")) {
      assertEquals(Stack.DOS_GATEWAY, b.base);
      assertEquals("dos-budget", b.find("#user").getText());
      for (String panel : List.of("cases-h", "removals-h", "funds-h", "sessions-h")) {
        assertPanelShown(b, panel);
      }
      String month =
          LocalDate.now(java.time.ZoneId.of("America/Panama")).toString().substring(0, 7);
      // PA-SNM's removals of this month, with its small cells hidden (and what would reveal them).
      assertTrue(
          b.has("#chart-removals rect[data-group='" + month + "'][data-series='CO']"),
          "PA-SNM's removals to Colombia this month");
      assertEquals("", bar(b, "chart-removals", month, "EC"), "three to Ecuador: hidden");
      assertTrue(b.find("#upcoming-sessions").getText().contains(session), "DHS's sessions");
      assertTrue(b.find("#chart-funds").getText().contains("PA-REMOVALS-2024"), "its own funds");
      b.screenshot("portal-us-dos").accessible("portal-us-dos");
    }
  }

  /** The dashboard's section is there and filled, not saying its source is unavailable. */
  private static void assertPanelShown(Browser b, String heading) {
    assertFalse(
        b.unavailable(heading), heading + " at " + b.base + ": " + b.panel(heading).getText());
  }

  @Test
  @Order(4)
  void aSupervisorSeesWhyACaseIsRefusedFromTheManifestThenAddsAnEnforceableOne() {
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      long blocked = firstCase(b, "PROTECTION_CLAIM_PENDING");
      b.screenshot("cases").accessible("cases");
      long ready = firstCase(b, "ENFORCEABLE");
      b.open("/portal/cases/" + blocked);
      assertTrue(b.find("#enforceability").getText().contains("Not enforceable"));
      assertFalse(b.all("#enforceability .reasons li").isEmpty());
      assertTrue(b.has("#timeline li"), "the timeline");
      b.screenshot("case").accessible("case");

      // The next charter to Bogotá, funded by the demo data.
      b.open("/portal/operations");
      new Select(b.find("#o-status")).selectByValue("FUNDED");
      b.click("form.filters button");
      b.screenshot("operations").accessible("operations");
      b.click("#operation-list tbody tr a");
      String operationPage = b.driver.getCurrentUrl();
      long operation = Long.parseLong(operationPage.replaceAll(".*/", "").replaceAll("\\?.*", ""));

      b.find("#m-case").sendKeys(String.valueOf(blocked));
      b.click("#add-to-manifest button");
      assertEquals(409, b.status());
      List<String> reasons = b.all("#reasons li").stream().map(WebElement::getText).toList();
      assertTrue(reasons.size() >= 2, "every failing reason: " + reasons);
      assertTrue(
          reasons.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains("protection claim")),
          "the pending claim among " + reasons);
      b.screenshot("manifest-refused").accessible("manifest-refused");
      assertTrue(
          api(
                  "snm-supervisor",
                  REMOVALS + "/operations/" + operation + "/manifest?limit=200",
                  "items")
              .stream()
              .noneMatch(s -> ((Number) s.get("caseId")).longValue() == blocked),
          "nothing was seated");

      // Refused on the operation's own page: the number typed is still in the form.
      assertEquals(String.valueOf(blocked), b.find("#m-case").getAttribute("value"));
      b.find("#m-case").clear();
      b.find("#m-case").sendKeys(String.valueOf(ready));
      b.click("#add-to-manifest button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("added to the manifest"));
      assertTrue(b.find("#manifest").getText().contains("#" + ready));
      b.screenshot("operation").accessible("operation");
      assertTrue(
          api(
                  "snm-supervisor",
                  REMOVALS + "/operations/" + operation + "/manifest?limit=200",
                  "items")
              .stream()
              .anyMatch(
                  s ->
                      ((Number) s.get("caseId")).longValue() == ready
                          && "SEATED".equals(s.get("status"))));

      // Rafael (officer 2, certified as an escort by the demo data) escorts; the flight leaves.
      // Chosen from the agency's officers as training-service lists them.
      new Select(b.find("#e-officer")).selectByValue("2");
      b.click("#escort-form button");
      assertEquals("#2", b.find("#escorts").getText());
      b.click("#freeze");
      assertEquals("Manifest frozen", b.find("#operation-status").getText());
      b.click("#depart");
      assertEquals("Departed", b.find("#operation-status").getText());
      new Select(b.find("#c-status")).selectByValue("COMPLETED");
      b.find("#c-reason").sendKeys("Landed at BOG");
      b.find("#c-cost").sendKeys("231000.00");
      b.click("#close-form button");
      assertEquals("Completed", b.find("#operation-status").getText());
      assertEquals("REMOVED", api("snm-supervisor", REMOVALS + "/cases/" + ready).get("status"));
    }
  }

  @Test
  void aChangeMadeMeanwhileIsNotOverwrittenAndTheUserIsToldWhy() {
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      long open = firstCase(b, "OPEN");
      b.open("/portal/cases/" + open);
      // Someone else records the fitness-to-fly assessment while the page is open.
      String path = REMOVALS + "/cases/" + open;
      given()
          .baseUri(Stack.gatewayOf("snm-officer"))
          .header("Authorization", Stack.bearer("snm-officer"))
          .header("If-Match", "\"" + api("snm-officer", path).get("version") + "\"")
          .contentType("application/json")
          .body(
              ApiJson.write(
                  new FitnessRequest(true, LocalDate.now(java.time.ZoneId.of("America/Panama")))))
          .put(path + "/fitness-to-fly")
          .then()
          .statusCode(200);
      new Select(b.find("#move-status")).selectByValue("RELEASED");
      b.find("#move-reason").sendKeys("Released on humanitarian grounds");
      b.click("form[action$='/transitions'] button");
      assertEquals(412, b.status());
      assertEquals("Someone else changed this record", b.find("#problem-title").getText());
      b.screenshot("conflict").accessible("conflict");
      assertEquals("OPEN", api("snm-supervisor", path).get("status"), "nothing was saved");
      // Reloaded, the same change goes through.
      b.open("/portal/cases/" + open);
      new Select(b.find("#move-status")).selectByValue("RELEASED");
      b.find("#move-reason").sendKeys("Released on humanitarian grounds");
      b.click("form[action$='/transitions'] button");
      assertEquals("Released", b.find("#case-status").getText());
      assertTrue(b.find("#timeline").getText().contains("Released on humanitarian grounds"));
    }
  }

  @Test
  void aSupervisorSearchesByNameWithoutTheNameEnteringAnyAddress() {
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/cases");
      b.find("#f-text").sendKeys("Demo Silva");
      b.click("form.filters button");
      assertEquals(b.base + "/portal/cases", b.driver.getCurrentUrl());
      List<WebElement> rows = b.all("#case-list tbody tr");
      assertEquals(1, rows.size());
      assertTrue(rows.get(0).getText().contains("Demo Silva, Gabriel"));
      // Pages follow by POST as well: 25 a page, the next one on request.
      b.open("/portal/cases");
      assertEquals(25, b.all("#case-list tbody tr").size());
      String first = b.find("#case-list tbody tr a").getText();
      b.click("#next-page");
      assertEquals(b.base + "/portal/cases", b.driver.getCurrentUrl());
      assertFalse(b.find("#case-list").getText().contains(first + " "), "the next page");
    }
  }

  @Test
  void aSupervisorPlansAnOperationAndFollowsItsFunding() {
    String charterLine =
        api("snm-supervisor", FUNDING + "/budget-lines?limit=200", "items").stream()
            .filter(l -> "CHARTER_FLIGHTS".equals(l.get("category")))
            .map(l -> String.valueOf(l.get("id")))
            .findFirst()
            .orElseThrow();
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/operations");
      b.click("#plan-operation");
      new Select(b.find("#p-kind")).selectByValue("CHARTER");
      b.find("#p-country").sendKeys("EC");
      b.find("#p-airport").sendKeys("UIO");
      String departure =
          java.time.LocalDateTime.now(ZoneOffset.UTC)
              .plusDays(20)
              .withSecond(0)
              .withNano(0)
              .toString();
      ((JavascriptExecutor) b.driver)
          .executeScript("document.getElementById('p-departure').value = arguments[0];", departure);
      b.find("#p-seats").sendKeys("90");
      b.find("#p-monitors").sendKeys("Defensoría del Pueblo, OIM");
      b.find("#p-cost").sendKeys("150000.00");
      new Select(b.find("#p-line")).selectByValue(charterLine);
      b.screenshot("operation-new").accessible("operation-new");
      b.click("#plan-form button");
      assertTrue(b.find("#notice").getText().contains("planned"));
      String page = b.driver.getCurrentUrl().replaceAll("\\?.*", "");
      // funding-service answers in the background: Funding pending, then Funded.
      long until = System.currentTimeMillis() + 60_000;
      while (!b.find("#operation-status").getText().equals("Funded")
          && System.currentTimeMillis() < until) {
        b.open(page.replace(b.base, ""));
      }
      assertEquals("Funded", b.find("#operation-status").getText());
      assertTrue(b.find("#obligation").getText().startsWith("#"), "the obligation's number");
      assertTrue(b.find("#funding").getText().contains("$150,000.00"));
    }
  }

  @Test
  void switchingToSpanishTranslatesThePortalAndIsRemembered() {
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      assertEquals("en", b.find("html").getAttribute("lang"));
      assertTrue(b.find("nav.main-nav").getText().contains("Cases"));
      new Select(b.find("#lang-choice")).selectByValue("es");
      b.click("#lang-apply");
      assertEquals("es", b.find("html").getAttribute("lang"));
      assertEquals("Panel", b.find("h1").getText());
      String nav = b.find("nav.main-nav").getText();
      assertTrue(
          nav.contains("Casos") && nav.contains("Operaciones") && nav.contains("Financiamiento"),
          nav);
      assertFalse(nav.contains("Cases"), nav);
      // Money and dates as written in Panama, with the month named.
      String page = b.find("#chart-funds").getAttribute("textContent");
      assertTrue(page.contains("USD 4,500,000.00"), page);
      String session =
          LocalDate.now(java.time.ZoneId.of("America/Panama"))
              .plusDays(30)
              .format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("es-PA")));
      assertTrue(b.find("#upcoming-sessions").getText().contains(session), session);
      assertTrue(b.text().contains("Retornos por mes y nacionalidad"));
      b.screenshot("dashboard-es").accessible("dashboard-es");
      // A case: statuses, dates and the gate's reasons in Spanish.
      long blocked =
          ((Number)
                  api(
                          "snm-supervisor",
                          REMOVALS + "/cases?status=PROTECTION_CLAIM_PENDING&limit=1",
                          "items")
                      .get(0)
                      .get("id"))
              .longValue();
      b.open("/portal/cases/" + blocked);
      assertEquals("Solicitud de protección pendiente", b.find("#case-status").getText());
      assertTrue(
          b.find("#enforceability").getText().contains("Hay una solicitud de protección pendiente"),
          b.find("#enforceability").getText());
      b.screenshot("case-es").accessible("case-es");
      // Remembered on the next page, and back to English.
      b.open("/portal/operations");
      assertEquals("es", b.find("html").getAttribute("lang"));
      assertEquals("Operaciones", b.find("h1").getText());
      new Select(b.find("#lang-choice")).selectByValue("en");
      b.click("#lang-apply");
      assertEquals("Operations", b.find("h1").getText());
    }
  }

  @Test
  void aStateDepartmentUserFindsNoPersonalDataOnAnyPage() {
    Set<String> personal = personalData();
    assertTrue(personal.size() > 100, "the demo's names: " + personal.size());
    try (Browser b = Browser.signedInAs("dos-budget")) {
      assertFalse(b.has("nav.main-nav a[href='/portal/cases']"), "no Cases in the navigation");
      // Every page reachable from the portal, followed link by link.
      Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
      Set<String> seen = new HashSet<>();
      while (!toVisit.isEmpty() && seen.size() < 40) {
        String path = toVisit.poll();
        if (!seen.add(path)) {
          continue;
        }
        b.open(path);
        String source = b.driver.getPageSource();
        for (String value : personal) {
          assertFalse(source.contains(value), path + " shows personal data: " + value);
        }
        // Pages only: a download (a CSV) is no page to read.
        for (WebElement link : b.all("a[href]:not([download])")) {
          String href = link.getAttribute("href").replace(b.base, "");
          if (href.startsWith("/") && !href.startsWith("/portal/logout") && !href.contains("#")) {
            toVisit.add(href);
          }
        }
      }
      assertTrue(seen.contains("/portal/funding"), "visited " + seen);
      assertTrue(
          seen.stream().anyMatch(p -> p.startsWith("/portal/funding/agreements/")),
          "visited " + seen);
      // Small counts are hidden from another agency: three Ecuadorians show as "under 5".
      b.open("/");
      String month =
          LocalDate.now(java.time.ZoneId.of("America/Panama")).toString().substring(0, 7);
      assertEquals("", bar(b, "chart-removals", month, "EC"));
      assertTrue(b.find("#chart-removals").getAttribute("textContent").contains("under 5"));
      // A forged URL to a case: refused.
      long someCase =
          ((Number) api("snm-supervisor", REMOVALS + "/cases?limit=1", "items").get(0).get("id"))
              .longValue();
      assertEquals(403, b.open("/portal/cases").status());
      assertEquals(403, b.open("/portal/cases/" + someCase).status());
      b.screenshot("forbidden").accessible("forbidden");
    }
  }

  @Test
  @Order(3) // on the funded charter, before the next test flies it
  void aUserWithoutTheRoleIsNotOfferedTheActionAndIsRefusedWhenTheUrlIsForged() {
    long operation =
        ((Number) api("snm-supervisor", REMOVALS + "/operations?limit=1", "items").get(0).get("id"))
            .longValue();
    try (Browser b = Browser.signedInAs("snm-officer")) {
      b.open("/portal/operations");
      assertFalse(b.has("#plan-operation"), "a case officer does not plan operations");
      b.open("/portal/operations/" + operation);
      assertTrue(b.has("#manifest") || b.text().contains("Manifest"));
      assertFalse(b.has("#add-to-manifest"));
      assertFalse(b.has("#freeze"));
      assertFalse(b.has("#close-form"));
      assertFalse(b.has("nav.main-nav a[href='/portal/audit']"));
      // The forms' URLs, forged: a page answers 403, and so does a form sent with a valid token.
      assertEquals(403, b.open("/portal/operations/new").status());
      assertEquals(403, b.open("/portal/audit").status());
      b.open("/portal/operations/" + operation);
      String version =
          String.valueOf(
              api("snm-supervisor", REMOVALS + "/operations/" + operation).get("version"));
      Object status =
          ((JavascriptExecutor) b.driver)
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "const csrf = document.querySelector('input[name=csrf]').value;"
                      + "fetch('/portal/operations/"
                      + operation
                      + "/manifest/freeze', {method: 'POST', headers: {'Content-Type':"
                      + " 'application/x-www-form-urlencoded'}, body: 'csrf=' + encodeURIComponent(csrf)"
                      + " + '&version="
                      + version
                      + "', redirect: 'manual'}).then(r => done(r.status), e => done(String(e)));");
      assertEquals(403L, status);
      assertEquals(
          version,
          String.valueOf(
              api("snm-supervisor", REMOVALS + "/operations/" + operation).get("version")),
          "nothing changed");
    }
  }

  @Test
  void aSecondPersonApprovesThePaymentAndTheTrainingPagesShowTheCatalogue() {
    try (Browser b = Browser.signedInAs("dos-certifier")) {
      b.open("/portal/funding");
      assertTrue(b.has("#payments"), "payments awaiting a decision");
      b.screenshot("funding").accessible("funding");
      int before = b.all("#payments tbody tr").size();
      b.click("#payments tbody tr form button");
      assertTrue(b.find("#notice").getText().contains("approved"));
      assertEquals(before - 1, b.has("#payments") ? b.all("#payments tbody tr").size() : 0);
      b.click("#agreements tbody tr a");
      assertTrue(b.has("#ledger tbody tr"), "the ledger");
      b.screenshot("agreement").accessible("agreement");
    }
    try (Browser b = Browser.signedInAs("dhs-coordinator")) {
      b.open("/portal/training");
      assertTrue(b.find("#courses").getText().contains("Escolta en vuelos de retorno"));
      b.screenshot("training").accessible("training");
      b.click("#sessions tbody tr a");
      assertTrue(b.has("#nom-h"), "the nominations section");
      b.screenshot("session").accessible("session");
    }
  }

  @Test
  void anAuditorReadsTheDisclosureLogAndACasesChangeHistory() {
    long removed =
        ((Number)
                api("snm-supervisor", REMOVALS + "/cases?status=REMOVED&limit=1", "items")
                    .get(0)
                    .get("id"))
            .longValue();
    try (Browser b = Browser.signedInAs("snm-auditor")) {
      b.open("/portal/audit");
      assertTrue(b.text().contains("Disclosure log"));
      b.find("#a-case").sendKeys(String.valueOf(removed));
      b.click("#a-case + button");
      List<WebElement> rows = b.all("#change-history tbody tr");
      assertTrue(rows.size() >= 5, "screening, order, finality, manifest, removal: " + rows.size());
      assertTrue(b.find("#change-history").getText().contains("snm-supervisor"));
      b.screenshot("audit").accessible("audit");
    }
  }

  /** A bar's exact value: the {@code data-value} of chart / group / series. */
  private static String bar(Browser b, String chart, String group, String series) {
    List<WebElement> bars =
        b.all("#" + chart + " rect[data-group='" + group + "'][data-series='" + series + "']");
    assertEquals(1, bars.size(), chart + " " + group + " " + series);
    return bars.get(0).getAttribute("data-value");
  }

  /** Filters the case list by status in the page and returns the first case's number. */
  private static long firstCase(Browser b, String status) {
    b.open("/portal/cases");
    new Select(b.find("#f-status")).selectByValue(status);
    b.click("form.filters button");
    String first = b.find("#case-list tbody tr a").getText();
    return Long.parseLong(first.replace("#", ""));
  }

  private static List<Map<String, Object>> api(String user, String path, String listField) {
    return given()
        .baseUri(Stack.gatewayOf(user))
        .header("Authorization", Stack.bearer(user))
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList(listField);
  }

  private static Map<String, Object> api(String user, String path) {
    return given()
        .baseUri(Stack.gatewayOf(user))
        .header("Authorization", Stack.bearer(user))
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  /** Every name of every case and officer on record, as SNM sees them. */
  private static Set<String> personalData() {
    Set<String> values = new HashSet<>();
    String cursor = null;
    do {
      var page =
          given()
              .baseUri(Stack.gatewayOf("snm-supervisor"))
              .header("Authorization", Stack.bearer("snm-supervisor"))
              .queryParam("limit", 200)
              .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
              .get(REMOVALS + "/cases")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (Map<String, Object> c : page.<Map<String, Object>>getList("items")) {
        values.add((String) c.get("familyNames"));
        values.add((String) c.get("givenNames"));
      }
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    for (Map<String, Object> o :
        api("snm-coordinator", "/api/v1/training/officers?limit=200", "items")) {
      values.add(o.get("givenName") + " " + o.get("familyName"));
      values.add((String) o.get("badgeNumber"));
    }
    values.removeIf(v -> v == null || v.length() < 4);
    return values;
  }
}
