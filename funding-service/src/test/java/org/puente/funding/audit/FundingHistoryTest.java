package org.puente.funding.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.puente.funding.Fixtures;
import org.puente.testing.TestTokens;

/** Auditors of an agreement's parties read its history; others get 404; logs export. */
@QuarkusTest
class FundingHistoryTest {

  static final String SNM_AUDITOR =
      TestTokens.user("snm-auditor").agency("PA-SNM").roles("auditor").bearer();
  static final String DHS_AUDITOR =
      TestTokens.user("dhs-auditor").agency("US-DHS").roles("auditor").bearer();

  @Test
  void theDonorsAndTheRecipientsAuditorsReadAnAgreementsHistory() {
    long agreement = Fixtures.agreement("1000000.00");
    long line = Fixtures.line(agreement, "CHARTER_FLIGHTS", "250000.00");
    given()
        .header("Authorization", Fixtures.DOS_AUDITOR)
        .get("/api/v1/funding/history/agreement/" + agreement)
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo("ADD"))
        .body("items[0].username", equalTo("dos-budget"))
        .body("items[0].agency", equalTo("US-DOS"));
    given()
        .header("Authorization", SNM_AUDITOR)
        .get("/api/v1/funding/history/budget-line/" + line)
        .then()
        .statusCode(200)
        .body("items[0].username", equalTo("dos-budget"));
    given()
        .header("Authorization", DHS_AUDITOR)
        .get("/api/v1/funding/history/agreement/" + agreement)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Fixtures.DOS_FUNDING)
        .get("/api/v1/funding/history/agreement/" + agreement)
        .then()
        .statusCode(403);
    given()
        .header("Authorization", Fixtures.DOS_AUDITOR)
        .get("/api/v1/funding/history/ledger/" + agreement)
        .then()
        .statusCode(400);
  }

  @Test
  void eachAgencysAuditorsExportTheirUsersChanges() throws Exception {
    Fixtures.agreement("5000.00");
    String from = Instant.now().minus(1, ChronoUnit.HOURS).toString();
    String lines =
        given()
            .header("Authorization", Fixtures.DOS_AUDITOR)
            .header("Accept", "application/x-ndjson")
            .queryParam("from", from)
            .get("/api/v1/funding/audit/log")
            .then()
            .statusCode(200)
            .contentType("application/x-ndjson")
            .extract()
            .asString();
    ObjectMapper json = new ObjectMapper();
    boolean agreementAdded = false;
    for (String line : lines.lines().toList()) {
      JsonNode row = json.readTree(line);
      assertTrue("US-DOS".equals(row.get("agency").asText()), line);
      agreementAdded |= row.get("entities").asText().contains("Agreement");
    }
    assertTrue(agreementAdded, lines);
    String theirs =
        given()
            .header("Authorization", SNM_AUDITOR)
            .header("Accept", "application/x-ndjson")
            .queryParam("from", from)
            .get("/api/v1/funding/audit/log")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(theirs.lines().noneMatch(l -> l.contains("\"US-DOS\"")), theirs);
  }
}
