package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dashboard's work queues in the browser, for each role that works one: the case officer and
 * the supervisor of PA-SNM, the training coordinator of US-DHS, the certifying officer of US-DOS.
 * Each queue shows the first items of what the API answers for it (at most ten), each a link that
 * opens its record; a queue of another role is not shown. Then the dashboard and a case at a
 * tablet's width (768 px), without scrolling sideways. Pages are saved under target/screenshots/
 * and checked with axe-core. Reads only, after the other browser tests.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkQueuesPortalIT {

  private static final String REMOVALS = "/api/v1/removals";
  private static final String TRAINING = "/api/v1/training";
  private static final String FUNDING = "/api/v1/funding";

  /** The agency's today, as the portal computes it. */
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Panama"));

  /** As the dashboard: at most this many items of a queue. */
  private static final int SHOWN = 10;

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  @Order(1)
  void aCaseOfficerWorksTheFlagsDueAndTheAppealWindowsClosing() {
    try (Browser b = Browser.signedInAs("snm-officer")) {
      checkQueue(b, "snm-officer", "flags-due", casesDue("snm-officer"));
      checkQueue(b, "snm-officer", "appeals-closing", appealsClosing("snm-officer"));
      assertFalse(b.has("#queue-claims-pending"), "a supervisor's queue");
      assertFalse(b.has("#queue-screenings-review"), "a supervisor's queue");
      assertFalse(b.has("#queue-payments-waiting"));
      b.screenshot("queues-case-officer").accessible("queues-case-officer");
      openEach(b, "flags-due");
    }
  }

  @Test
  @Order(2)
  void aSupervisorWorksTheDecisionsAwaitingThem() {
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      List<String> due = casesDue("snm-supervisor");
      assertFalse(due.isEmpty(), "the demo's flag due in three days");
      checkQueue(b, "snm-supervisor", "flags-due", due);
      checkQueue(b, "snm-supervisor", "appeals-closing", appealsClosing("snm-supervisor"));
      List<String> claims = cases("snm-supervisor", "claimPending=true");
      assertFalse(claims.isEmpty(), "the demo's claimant");
      checkQueue(b, "snm-supervisor", "claims-pending", claims);
      List<String> screenings = cases("snm-supervisor", "screeningAwaitingReview=true");
      assertFalse(screenings.isEmpty(), "the demo's negative screening");
      checkQueue(b, "snm-supervisor", "screenings-review", screenings);
      checkQueue(
          b,
          "snm-supervisor",
          "complaints-overdue",
          api("snm-supervisor", REMOVALS + "/complaints?limit=100&overdue=true").stream()
              .map(c -> "/portal/complaints/" + id(c))
              .toList());
      b.screenshot("queues-supervisor").accessible("queues-supervisor");
      openEach(b, "claims-pending");
      openEach(b, "screenings-review");
    }
  }

  @Test
  @Order(3)
  void aTrainingCoordinatorWorksTheVettingAndCertificationsExpiring() {
    String before = TODAY.plusDays(61).toString();
    List<String> expected = new ArrayList<>();
    api("dhs-coordinator", TRAINING + "/officers?limit=100&vettingExpiringBefore=" + before)
        .forEach(o -> expected.add("/portal/training/officers/" + id(o)));
    api("dhs-coordinator", TRAINING + "/certifications?limit=100&expiringBefore=" + before)
        .forEach(c -> expected.add("/portal/training/officers/" + c.get("officerId")));
    assertFalse(expected.isEmpty(), "the demo's officer whose vetting runs out in 20 days");
    try (Browser b = Browser.signedInAs("dhs-coordinator")) {
      checkQueue(b, "dhs-coordinator", "expiring", expected);
      assertFalse(b.has("#queue-flags-due"), "PA-SNM's queue");
      b.screenshot("queues-coordinator").accessible("queues-coordinator");
      openEach(b, "expiring");
    }
  }

  @Test
  @Order(4)
  void aCertifyingOfficerWorksThePaymentsOthersAskedFor() {
    List<String> expected = new ArrayList<>();
    api("dos-certifier", FUNDING + "/disbursements?limit=100&status=REQUESTED").stream()
        .filter(p -> !"dos-certifier".equals(p.get("requestedBy")))
        .forEach(p -> expected.add("/portal/funding/disbursements/" + id(p)));
    api("dos-certifier", FUNDING + "/disbursements?limit=100&reversalStatus=REQUESTED")
        .forEach(p -> expected.add("/portal/funding/disbursements/" + id(p)));
    try (Browser b = Browser.signedInAs("dos-certifier")) {
      checkQueue(b, "dos-certifier", "payments-waiting", expected);
      assertFalse(b.has("#queue-expiring"), "US-DHS's queue");
      b.screenshot("queues-certifier").accessible("queues-certifier");
      openEach(b, "payments-waiting");
    }
  }

  @Test
  @Order(5)
  void atATabletsWidthTheDashboardAndACaseFitTheWindow() {
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.narrow().open("/");
      assertTrue(b.has("#queue-flags-due"));
      b.screenshot("dashboard-768").accessible("dashboard-768");
      assertFalse(b.scrollsSideways(), "the dashboard at 768 px scrolls sideways");
      String firstCase = b.find("#queue-flags-due li a").getAttribute("href");
      b.open(firstCase.substring(firstCase.indexOf("/portal/")));
      assertEquals(200, b.status());
      b.screenshot("case-768").accessible("case-768");
      assertFalse(b.scrollsSideways(), "the case page at 768 px scrolls sideways");
      for (String page : List.of("/portal/cases", "/portal/operations", "/portal/training")) {
        b.open(page);
        b.screenshot("page-768" + page.replace('/', '-'));
        assertFalse(b.scrollsSideways(), page + " at 768 px scrolls sideways");
      }
    }
    try (Browser b = Browser.signedInAs("dos-certifier")) {
      b.narrow().open("/portal/funding");
      b.screenshot("funding-768").accessible("funding-768");
      assertFalse(b.scrollsSideways(), "the funding page at 768 px scrolls sideways");
    }
  }

  /**
   * The queue on the dashboard shows the first items of the API's answer, none other: as many as
   * the answer has up to ten, or says it is empty.
   */
  private static void checkQueue(Browser b, String user, String queue, List<String> expected) {
    b.open("/");
    String css = "#queue-" + queue;
    assertTrue(b.has(css), user + " works " + queue);
    assertFalse(b.has(css + " [data-unavailable]"), queue + " answered");
    List<String> shown =
        b.all(css + " li a").stream()
            .map(a -> a.getAttribute("href"))
            .map(href -> href.substring(href.indexOf("/portal/")))
            .toList();
    assertEquals(Math.min(SHOWN, expected.size()), shown.size(), queue + ": " + shown);
    assertTrue(Set.copyOf(expected).containsAll(shown), queue + ": " + shown + " of " + expected);
    assertEquals(expected.isEmpty(), b.has(css + " .empty"), queue + " says it is empty");
  }

  /** Each link of the queue opens its record. */
  private static void openEach(Browser b, String queue) {
    b.open("/");
    List<String> links =
        b.all("#queue-" + queue + " li a").stream()
            .map(a -> a.getAttribute("href"))
            .map(href -> href.substring(href.indexOf("/portal/")))
            .distinct()
            .toList();
    for (String link : links) {
      b.open(link);
      assertEquals(200, b.status(), link);
      assertTrue(b.text().contains(link.replaceAll(".*/", "")), link + " names its record");
    }
  }

  private static List<String> casesDue(String user) {
    return cases(user, "flagDueBefore=" + TODAY.plusDays(8));
  }

  private static List<String> appealsClosing(String user) {
    return cases(user, "appealDeadlineFrom=" + TODAY + "&appealDeadlineTo=" + TODAY.plusDays(7));
  }

  private static List<String> cases(String user, String query) {
    return api(user, REMOVALS + "/cases?limit=100&" + query).stream()
        .map(c -> "/portal/cases/" + id(c))
        .toList();
  }

  private static long id(Map<String, Object> item) {
    return ((Number) item.get("id")).longValue();
  }

  private static List<Map<String, Object>> api(String user, String path) {
    return given()
        .baseUri(Stack.gatewayOf(user))
        .header("Authorization", Stack.bearer(user))
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }
}
