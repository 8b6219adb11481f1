package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The State Department's funding page shows what each removal and each certified officer cost, from
 * actuals, in a real browser against the demo deployments: cost per person removed by operation and
 * by month, cost per certified officer by session, each bar exactly as funding-service's unit-cost
 * report has it (actual cost / output, to the cent, HALF_UP), a table and a CSV link. Reads only;
 * runs with the portal tests, before the scenario changes the numbers.
 */
@Order(1)
class UnitCostPortalIT {

  private static final String UNIT_COSTS = "/api/v1/funding/reports/unit-costs";

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  void theFundingPageChartsTheUnitCostsFundingServiceReports() {
    List<Map<String, Object>> removals = report("obligation", "removals");
    List<Map<String, Object>> training = report("obligation", "training");
    // The demo's first charter (5 people, payment approved) and its funded session (2 officers).
    assertFalse(removals.isEmpty(), "the demo has an approved actual cost of a removal");
    assertFalse(training.isEmpty(), "the demo has an approved actual cost of a training session");
    try (Browser b = Browser.signedInAs("dos-budget")) {
      b.open("/portal/funding");
      assertTrue(b.has("#unit-costs"), "the unit-cost section");
      for (Map<String, Object> row : removals) {
        assertBar(b, "chart-cost-removal-operation", row);
      }
      for (Map<String, Object> row : training) {
        assertBar(b, "chart-cost-officer-session", row);
      }
      for (Map<String, Object> row : report("period", "removals")) {
        assertBar(b, "chart-cost-removal-period", row);
      }
      assertEquals(
          removals.size() + training.size(), b.all("#unit-cost-table tbody tr").size(), "rows");
      String csv = b.find("#unit-costs-csv").getAttribute("href");
      assertTrue(csv.contains("format=csv"), csv);
      b.screenshot("unit-costs").accessible("unit-costs");
    }
    // The CSV the link gives, with the session's token as the page would send it.
    String csv =
        given()
            .baseUri(Stack.gatewayOf("dos-budget"))
            .header("Authorization", Stack.bearer("dos-budget"))
            .get(UNIT_COSTS + "?groupBy=obligation&format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(csv.startsWith("group_by,group,label,agreement_id,unit,"), csv);
    assertTrue(csv.contains("PEOPLE_REMOVED") && csv.contains("OFFICERS_CERTIFIED"), csv);
  }

  @Test
  void inSpanishTooAndAccessible() {
    try (Browser b = Browser.signedInAs("dos-budget")) {
      b.open("/portal/funding");
      new Select(b.find("#lang-choice")).selectByValue("es");
      b.click("#lang-apply");
      assertEquals("es", b.find("html").getAttribute("lang"));
      String section = b.find("#unit-costs").getText();
      assertTrue(section.contains("Costo por persona retornada, por operación"), section);
      assertTrue(section.contains("Costo por funcionario certificado"), section);
      b.screenshot("unit-costs-es").accessible("unit-costs-es");
      // Back to English, as the other portal tests expect.
      new Select(b.find("#lang-choice")).selectByValue("en");
      b.click("#lang-apply");
      assertEquals("en", b.find("html").getAttribute("lang"));
    }
  }

  /** The bar of {@code row} (one with an output) carries funding-service's cost per unit. */
  @SuppressWarnings("unchecked")
  private static void assertBar(Browser b, String chart, Map<String, Object> row) {
    Map<String, Object> perUnit = (Map<String, Object>) row.get("costPerUnit");
    if (perUnit == null) {
      return; // nothing delivered: no bar
    }
    Map<String, Object> cost = (Map<String, Object>) row.get("actualCost");
    long output = ((Number) row.get("output")).longValue();
    BigDecimal expected =
        new BigDecimal((String) cost.get("amount"))
            .divide(BigDecimal.valueOf(output), 2, RoundingMode.HALF_UP);
    assertEquals(expected.toPlainString(), perUnit.get("amount"), "actual cost / output");
    String group = row.get("group") + ":" + perUnit.get("currency");
    List<WebElement> bars =
        b.all("#" + chart + " rect[data-group='" + group + "'][data-series='cost']");
    assertEquals(1, bars.size(), chart + " " + group);
    assertEquals(
        perUnit.get("amount"), bars.get(0).getAttribute("data-value"), chart + " " + group);
  }

  private static List<Map<String, Object>> report(String groupBy, String list) {
    return given()
        .baseUri(Stack.gatewayOf("dos-budget"))
        .header("Authorization", Stack.bearer("dos-budget"))
        .queryParam("groupBy", groupBy)
        .get(UNIT_COSTS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList(list);
  }
}
