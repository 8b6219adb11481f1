package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An independent monitor in the browser: snm-monitor, whom the demo data names on its first
 * charter, sees only the operations they are named on, reads the care manifest, the reports and the
 * incidents, and files a report; the supervisor sees the monitors and moves the demo incident's
 * follow-up on. Pages are saved under target/screenshots/ and checked with axe-core. After the
 * other browser and scenario tests: it adds a report and a follow-up step only, on PA-SNM.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringPortalIT {

  private static final String REMOVALS = "/api/v1/removals";

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  @Order(1)
  void aMonitorSeesTheOperationsTheyAreNamedOnReadsTheCareManifestAndFilesAReport() {
    List<Map<String, Object>> assigned = api("snm-monitor", REMOVALS + "/operations?limit=200");
    assertFalse(assigned.isEmpty(), "the demo charter is monitored by snm-monitor");
    long operation = id(assigned.get(0));
    try (Browser b = Browser.signedInAs("snm-monitor")) {
      assertEquals("snm-monitor", b.find("#user").getText());
      b.open("/portal/operations");
      List<Long> listed =
          b.all("#operation-list tbody tr a").stream()
              .map(a -> Long.parseLong(a.getAttribute("href").replaceAll(".*/", "")))
              .toList();
      assertEquals(
          assigned.stream().map(MonitoringPortalIT::id).collect(Collectors.toSet()),
          Set.copyOf(listed),
          "exactly the operations the monitor is named on");
      assertFalse(b.has("#plan-operation"), "a monitor plans nothing");
      b.screenshot("monitor-operations").accessible("monitor-operations");

      b.open("/portal/operations/" + operation);
      assertFalse(b.has("#manifest"), "not the manifest's records");
      int seated =
          api("snm-monitor", REMOVALS + "/operations/" + operation + "/care-manifest").size();
      assertEquals(seated, b.all("#care-manifest tbody tr").size(), "the care manifest");
      String incidents = b.find("#incident-list").getText();
      assertTrue(incidents.contains("Use of force"), incidents);
      assertTrue(incidents.contains("Serious"), incidents);
      assertTrue(incidents.contains("Assigned"), incidents);
      int reports = b.all("#report-list > li").size();
      assertTrue(reports >= 1, "the demo report");
      assertTrue(b.find("#report-list").getText().contains("Before departure"));
      assertFalse(b.has("#assign-monitor"), "only the supervisor names monitors");
      assertFalse(b.has("form[id^='follow-up-']"), "only the supervisor follows incidents up");
      b.screenshot("monitor-operation").accessible("monitor-operation");

      new Select(b.find("#rep-phase")).selectByValue("AFTER_ARRIVAL");
      b.find("#rep-conditions").sendKeys("Handed over to Migración Colombia at the gate");
      b.find("#rep-medical").sendKeys("None reported on arrival");
      b.click("#report-form button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("The report was filed"));
      assertEquals(reports + 1, b.all("#report-list > li").size());
      assertTrue(b.find("#report-list").getText().contains("After arrival"));
      assertEquals(
          reports + 1,
          api("snm-monitor", REMOVALS + "/operations/" + operation + "/monitor-reports?limit=200")
              .size());
    }
  }

  @Test
  @Order(2)
  void aMonitorNotNamedOnAnOperationFindsNothing() {
    Set<Long> assigned =
        api("snm-monitor", REMOVALS + "/operations?limit=200").stream()
            .map(MonitoringPortalIT::id)
            .collect(Collectors.toSet());
    long other =
        api("snm-supervisor", REMOVALS + "/operations?limit=200").stream()
            .map(MonitoringPortalIT::id)
            .filter(id -> !assigned.contains(id))
            .findFirst()
            .orElseThrow();
    given()
        .baseUri(Stack.gatewayOf("snm-monitor"))
        .header("Authorization", Stack.bearer("snm-monitor"))
        .get(REMOVALS + "/operations/" + other)
        .then()
        .statusCode(404);
    try (Browser b = Browser.signedInAs("snm-monitor")) {
      b.open("/portal/operations/" + other);
      assertEquals(404, b.status());
      b.screenshot("monitor-not-assigned").accessible("monitor-not-assigned");
    }
  }

  @Test
  @Order(3)
  void theSupervisorSeesTheMonitorsAndMovesTheIncidentsFollowUpOn() {
    long operation = id(api("snm-monitor", REMOVALS + "/operations?limit=200").get(0));
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/operations/" + operation);
      assertTrue(b.find("#monitor-list").getText().contains("snm-monitor"));
      String incidents = b.find("#incident-list").getText();
      assertTrue(incidents.contains("Use of force") && incidents.contains("Serious"), incidents);
      WebElement form = b.find("form[id^='follow-up-']");
      String id = form.getAttribute("id");
      new Select(b.find("#" + id + " select[name='to']")).selectByValue("UNDER_REVIEW");
      b.screenshot("operation-incidents").accessible("operation-incidents");
      b.click("#" + id + " button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("follow-up was recorded"));
      assertTrue(b.find("#incident-list").getText().contains("Under review"));
      b.screenshot("operation-incident-followed-up").accessible("operation-incident-followed-up");
    }
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
