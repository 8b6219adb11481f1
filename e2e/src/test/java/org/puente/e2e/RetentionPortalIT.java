package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The retention page in a real browser against the stack as ./run.sh starts it: SNM's administrator
 * asks for a dry run, which lists what a real run would do and changes nothing; an auditor reads
 * the runs but may not start one; a case officer is not offered the page. Saved under
 * target/screenshots/ and checked with axe-core.
 */
@Order(4)
class RetentionPortalIT {

  private static final String RUNS = "/api/v1/removals/retention/runs";

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  void theAdministratorAsksForADryRunAndTheAuditorReadsIt() {
    int before = runs().size();
    long casesBefore = openCases();
    try (Browser b = Browser.signedInAs("snm-admin")) {
      b.open("/portal/retention");
      assertTrue(b.has("#retention-dry-run"), "the administrator is offered a dry run");
      b.click("#retention-dry-run button");
      assertTrue(b.has("#notice"), "the page says the dry run was made");
      List<WebElement> rows = b.all("#retention-runs tbody tr");
      assertEquals(before + 1, rows.size(), "the new run is listed");
      b.screenshot("retention").accessible("retention");
    }
    List<Object> after = runs();
    assertEquals(before + 1, after.size());
    JsonPath last =
        JsonPath.from(
            given()
                .baseUri(Stack.gatewayOf("snm-admin"))
                .header("Authorization", Stack.bearer("snm-admin"))
                .get(RUNS + "?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    int index = after.size() - 1;
    assertTrue(last.getBoolean("items[" + index + "].dryRun"), "a dry run");
    assertEquals("COMPLETED", last.getString("items[" + index + "].outcome"));
    assertEquals("PA-SNM/snm-admin", last.getString("items[" + index + "].triggeredBy"));
    assertEquals(casesBefore, openCases(), "a dry run changes nothing");

    try (Browser b = Browser.signedInAs("snm-auditor")) {
      b.open("/portal/retention");
      assertFalse(b.has("#retention-dry-run"), "an auditor reads the runs and starts none");
      assertEquals(before + 1, b.all("#retention-runs tbody tr").size());
    }
  }

  @Test
  void aCaseOfficerIsNotOfferedThePage() {
    try (Browser b = Browser.signedInAs("snm-officer")) {
      b.open("/");
      assertFalse(b.has("nav.main-nav a[href='/portal/retention']"));
      assertEquals(403, b.open("/portal/retention").status());
    }
  }

  private static List<Object> runs() {
    return given()
        .baseUri(Stack.gatewayOf("snm-admin"))
        .header("Authorization", Stack.bearer("snm-admin"))
        .get(RUNS + "?limit=200")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The open cases by the owner's statistics: a figure a real run could change. */
  private static long openCases() {
    return given()
        .baseUri(Stack.gatewayOf("snm-supervisor"))
        .header("Authorization", Stack.bearer("snm-supervisor"))
        .get("/api/v1/removals/cases?status=OPEN&limit=200")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }
}
