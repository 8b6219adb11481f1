package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * An auditor's pages in a real browser against the stack as ./run.sh starts it, with its demo data:
 * a record's field-by-field history reached from the case page, the reads of cases by the agency's
 * own staff, and the logs' exports. Each page is saved under target/screenshots/ and checked with
 * axe-core. Reads only; runs after the bilateral scenario and the generated client.
 */
@Order(4)
class AuditPortalIT {

  private static final String REMOVALS = "/api/v1/removals";

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  void anAuditorReadsWhoChangedACaseFromTheCasePage() {
    long removed = firstCase("REMOVED");
    try (Browser b = Browser.signedInAs("snm-auditor")) {
      b.open("/portal/cases/" + removed);
      assertTrue(b.has(".record-history-link a"), "the case page links to the case's history");
      b.click(".record-history-link a");
      assertTrue(b.find("h1").getText().contains("#" + removed), b.find("h1").getText());
      List<WebElement> rows = b.all("#record-history tbody tr");
      assertTrue(rows.size() >= 2, "opened, then changed on its way to removal: " + rows.size());
      String first = rows.get(0).getText();
      assertTrue(first.contains("Created"), first);
      assertTrue(first.contains("PA-SNM") || first.contains("SNM"), "the agency: " + first);
      String table = b.find("#record-history").getText();
      assertTrue(table.contains("status"), "the status field changed: " + table);
      assertTrue(table.contains("REMOVED"), "the last status: " + table);
      b.screenshot("record-history").accessible("record-history");
    }
  }

  @Test
  void anAuditorSeesTheOwnStaffsReadsAndTheLogsExports() {
    long open = firstCase("OPEN");
    // A supervisor of the agency reads a case: the read is logged, as a partner's would be.
    given()
        .baseUri(Stack.gatewayOf("snm-supervisor"))
        .header("Authorization", Stack.bearer("snm-supervisor"))
        .get(REMOVALS + "/cases/" + open)
        .then()
        .statusCode(200);
    try (Browser b = Browser.signedInAs("snm-auditor")) {
      b.open("/portal/audit");
      assertTrue(b.has("#read-log"), "the read log");
      assertTrue(b.find("#read-log").getText().contains("snm-supervisor"));
      List<WebElement> exports = b.all("#audit-exports a");
      assertTrue(exports.size() >= 6, "CSV and JSON lines of each log: " + exports.size());
      assertTrue(
          exports.stream()
              .anyMatch(a -> a.getAttribute("href").endsWith("/portal/audit/export/case-reads")));
      b.screenshot("audit-logs").accessible("audit-logs");
    }
    // The export the page links to, as the API serves it: CSV with a header and the read above.
    String csv =
        given()
            .baseUri(Stack.gatewayOf("snm-auditor"))
            .header("Authorization", Stack.bearer("snm-auditor"))
            .header("Accept", "text/csv")
            .get(REMOVALS + "/audit/reads/export")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertEquals("id,readAt,reader,readerAgency,caseId,what,requestId", lines.get(0));
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(",snm-supervisor,PA-SNM," + open + ",case,")),
        "the supervisor's read of case " + open);
  }

  @Test
  void aCaseOfficerIsOfferedNoHistory() {
    long open = firstCase("OPEN");
    try (Browser b = Browser.signedInAs("snm-officer")) {
      b.open("/portal/cases/" + open);
      assertFalse(b.has(".record-history-link"), "history is for auditors");
      assertEquals(
          403, b.open("/portal/audit/history?service=removals&type=case&id=" + open).status());
    }
  }

  private static long firstCase(String status) {
    List<Map<String, Object>> items =
        given()
            .baseUri(Stack.gatewayOf("snm-supervisor"))
            .header("Authorization", Stack.bearer("snm-supervisor"))
            .get(REMOVALS + "/cases?status=" + status + "&limit=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return ((Number) items.get(0).get("id")).longValue();
  }
}
