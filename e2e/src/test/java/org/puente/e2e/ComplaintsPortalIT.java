package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Complaints, post-return contact and the oversight statistics in a real browser against the
 * deployments ./run.sh starts, with their demo data (an acknowledged complaint, a post-return
 * contact on a removed person): a case officer records a complaint and acknowledges it, a
 * supervisor reads the oversight tables, and the contacts of a removed person are listed. Each page
 * is saved under target/screenshots/ and checked with axe-core. Adds its own records only.
 */
@Order(4)
class ComplaintsPortalIT {

  private static final String REMOVALS = "/api/v1/removals";

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  void aCaseOfficerRecordsAComplaintAndAcknowledgesIt() {
    try (Browser b = Browser.signedInAs("snm-officer")) {
      b.open("/portal/complaints");
      assertTrue(b.has("#complaint-list"), "the demo complaint is listed");
      b.screenshot("complaints").accessible("complaints");

      b.click("#file-complaint");
      b.find("#cm-complainant").sendKeys("Rosa Demo Díaz");
      b.find("#cm-on-behalf").click();
      b.find("#cm-relationship").sendKeys("mother");
      new Select(b.find("#cm-channel")).selectByValue("IN_PERSON");
      new Select(b.find("#cm-category")).selectByValue("MEDICAL_CARE");
      String yesterday = LocalDate.now(ZoneId.of("America/Panama")).minusDays(1).toString();
      ((JavascriptExecutor) b.driver)
          .executeScript("document.getElementById('cm-received').value = arguments[0];", yesterday);
      b.find("#cm-summary").sendKeys("Her son's insulin was not given during the transfer.");
      b.screenshot("complaint-new").accessible("complaint-new");
      b.click("#complaint-form button");

      assertTrue(b.find("#notice").getText().contains("recorded"));
      assertEquals("Received", b.find("#complaint-status").getText());
      assertFalse(b.driver.getCurrentUrl().contains("Rosa"), "no name in any address");
      b.screenshot("complaint").accessible("complaint");
      // A case officer acknowledges; only a supervisor would be offered the decision.
      assertFalse(b.has("#step-DECIDED"));
      b.click("#step-ACKNOWLEDGED button");
      assertEquals("Acknowledged", b.find("#complaint-status").getText());
      assertTrue(b.has("#step-UNDER_INVESTIGATION"));
    }
  }

  @Test
  void aSupervisorReadsTheOversightTablesAndTheirCsv() {
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/oversight");
      assertTrue(b.has("#oversight-table"));
      assertTrue(b.has("#complaint-statistics"));
      String csv = b.find("#oversight-csv").getAttribute("href");
      assertTrue(csv.contains("/portal/oversight/csv?"), csv);
      b.screenshot("oversight").accessible("oversight");
      new Select(b.find("#ov-by")).selectByValue("ageBand");
      b.click("form.filters button");
      assertTrue(b.find("#oversight-table").getText().contains("Adult"));
      b.screenshot("oversight-age").accessible("oversight-age");
    }
  }

  @Test
  void theContactsOfARemovedPersonAreListedFromTheCasePage() {
    List<Map<String, Object>> removed =
        given()
            .baseUri(Stack.gatewayOf("snm-supervisor"))
            .header("Authorization", Stack.bearer("snm-supervisor"))
            .get(REMOVALS + "/cases?status=REMOVED&limit=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertFalse(removed.isEmpty(), "the demo removed people");
    Object caseId = removed.get(0).get("id");
    try (Browser b = Browser.signedInAs("snm-supervisor")) {
      b.open("/portal/cases/" + caseId);
      b.click("#post-return-link");
      assertTrue(b.has("#post-return-form"));
      b.find("#prc-reached").click();
      b.click("#post-return-form button");
      assertTrue(b.find("#notice").getText().contains("recorded"));
      assertTrue(b.has("#post-return-contacts tbody tr"));
      b.screenshot("post-return").accessible("post-return");
    }
  }
}
