package org.puente.training.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.puente.testing.TestTokens;
import org.puente.training.Fixtures;

/** The provider's auditors read a training record's history and export the revision log. */
@QuarkusTest
class TrainingHistoryTest {

  static final String DHS_AUDITOR =
      TestTokens.user("dhs-auditor").agency("US-DHS").roles("auditor").bearer();
  static final String SNM_AUDITOR =
      TestTokens.user("snm-auditor").agency("PA-SNM").roles("auditor").bearer();

  @Test
  void anAuditorReadsWhoChangedASessionAndUnderWhichRequest() {
    long course = Fixtures.course("INTERVIEWING");
    long session = Fixtures.plannedSession(course, 10);
    Fixtures.moveSession(session, "OPEN");
    given()
        .header("Authorization", DHS_AUDITOR)
        .get("/api/v1/training/history/session/" + session)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("items[0].kind", equalTo("ADD"))
        .body("items[0].username", equalTo("dhs-coordinator"))
        .body("items[0].agency", equalTo("US-DHS"))
        .body("items.kind", hasItem("MODIFY"))
        .body("items.changes.flatten().field", hasItem("status"));
    given()
        .header("Authorization", SNM_AUDITOR)
        .get("/api/v1/training/history/session/" + session)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Fixtures.DHS_COORDINATOR)
        .get("/api/v1/training/history/session/" + session)
        .then()
        .statusCode(403);
    given()
        .header("Authorization", DHS_AUDITOR)
        .get("/api/v1/training/history/vehicle/" + session)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void theRevisionLogExportsAsCsv() {
    Fixtures.course("BIOMETRICS");
    String csv =
        given()
            .header("Authorization", DHS_AUDITOR)
            .header("Accept", "text/csv")
            .queryParam("from", Instant.now().minus(1, ChronoUnit.HOURS).toString())
            .get("/api/v1/training/audit/log")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    assertTrue(csv.startsWith("revision,changedAt,username,agency,requestId,entities\r\n"), csv);
    assertTrue(csv.contains(",dhs-coordinator,US-DHS,"), csv);
    assertTrue(csv.contains("Course"), csv);
    given()
        .header("Authorization", SNM_AUDITOR)
        .header("Accept", "text/csv")
        .get("/api/v1/training/audit/log")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }
}
