package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The operation's workflows in the browser: a plan the service refuses comes back with everything
 * typed and the service's word beside the field; a supervisor reports an incident on a completed
 * charter, naming a person from its manifest; the State Department, which funds the charter but
 * reads no one's records, sees the incidents as counts only. Pages are saved under
 * target/screenshots/ and checked with axe-core.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationWorkflowsPortalIT {

  private static final String REMOVALS = "/api/v1/removals";

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  @Order(1)
  void aRefusedPlanComesBackWithEverythingTypedAndTheReasonBesideTheField() {
    int before = api("snm-supervisor", REMOVALS + "/operations?limit=200").size();
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/operations/new");
      new Select(b.find("#p-kind")).selectByValue("CHARTER");
      b.find("#p-country").sendKeys("CO");
      b.find("#p-airport").sendKeys("BOG");
      b.find("#p-seats").sendKeys("45");
      b.find("#p-monitors").sendKeys("Defensoría del Pueblo");
      b.find("#p-cost").sendKeys("98000.00");
      // A departure already past: no rule of the browser's stops it; the service refuses it.
      ((JavascriptExecutor) b.driver)
          .executeScript("document.getElementById('p-departure').value = '2020-01-06T08:30'");
      b.click("#plan-form button[type=submit]");

      assertEquals(400, b.status());
      assertTrue(b.has("#plan-departureAt-error"), "the word beside the departure");
      assertEquals("CO", b.find("#p-country").getAttribute("value"));
      assertEquals("BOG", b.find("#p-airport").getAttribute("value"));
      assertEquals("45", b.find("#p-seats").getAttribute("value"));
      assertEquals("Defensoría del Pueblo", b.find("#p-monitors").getAttribute("value"));
      assertEquals("98000.00", b.find("#p-cost").getAttribute("value"));
      assertEquals("2020-01-06T08:30", b.find("#p-departure").getAttribute("value"));
      b.screenshot("operation-plan-refused").accessible("operation-plan-refused");
      assertEquals(
          before,
          api("snm-supervisor", REMOVALS + "/operations?limit=200").size(),
          "nothing planned");

      // Corrected where it was refused, the same form goes through.
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "document.getElementById('p-departure').value ="
                  + " new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 16)");
      b.click("#plan-form button[type=submit]");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").isDisplayed());
      assertEquals(before + 1, api("snm-supervisor", REMOVALS + "/operations?limit=200").size());
    }
  }

  @Test
  @Order(2)
  void aSupervisorReportsAnIncidentAndTheFunderSeesItOnlyAsCounts() {
    long operation =
        id(api("snm-supervisor", REMOVALS + "/operations?status=COMPLETED&limit=1").get(0));
    String path = REMOVALS + "/operations/" + operation;
    int incidents = api("snm-supervisor", path + "/incidents?limit=200").size();
    List<Map<String, Object>> seated = api("snm-supervisor", path + "/manifest?limit=200");
    long person = ((Number) seated.get(0).get("caseId")).longValue();
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/operations/" + operation);
      // Ten hours ago in UTC's clock: five hours ago in Panama's, where the form reads it.
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "document.getElementById('inc-at').value ="
                  + " new Date(Date.now() - 10 * 3600000).toISOString().slice(0, 16)");
      new Select(b.find("#inc-category")).selectByValue("MEDICAL");
      new Select(b.find("#inc-severity")).selectByValue("MINOR");
      b.find("#inc-description").sendKeys("Dizziness on the bus to the airport; seen by the nurse");
      b.find("#inc-person-" + person).click();
      b.click("#incident-form button[type=submit]");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("incident was recorded"));
      assertTrue(b.find("#incident-list").getText().contains("Dizziness on the bus"));
      b.screenshot("operation-incident-reported").accessible("operation-incident-reported");
    }
    List<Map<String, Object>> after = api("snm-supervisor", path + "/incidents?limit=200");
    assertEquals(incidents + 1, after.size());
    assertTrue(
        after.stream()
            .anyMatch(
                i ->
                    String.valueOf(i.get("involvedCaseIds")).contains(String.valueOf(person))
                        && "MINOR".equals(i.get("severity"))),
        "the person and the severity chosen");

    Map<String, Object> counts =
        given()
            .baseUri(Stack.gatewayOf("dos-budget"))
            .header("Authorization", Stack.bearer("dos-budget"))
            .get(path + "/incident-summary")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    try (Browser b = Browser.signedInAs("dos-budget")) {
      assertEquals(403, b.open("/portal/operations/" + operation).status(), "no records of people");
      b.open("/portal/operations/" + operation + "/incident-summary");
      assertEquals(String.valueOf(counts.get("total")), b.find("#incident-total").getText());
      String page = b.text();
      assertFalse(page.contains("Dizziness"), "no description");
      assertFalse(page.contains("#" + person), "no one named");
      b.screenshot("operation-incident-counts").accessible("operation-incident-counts");
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
