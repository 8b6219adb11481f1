package org.puente.removals.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.security.Agency;
import org.puente.removals.Fixtures;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.testing.TestTokens;

/**
 * Auditors read who changed a record, when and under which request id; partners and other roles are
 * refused; the own agency's reads of cases are logged; the logs export as CSV and JSON lines.
 */
@QuarkusTest
class RecordHistoryTest {

  static final String SNM_ADMIN =
      TestTokens.user("snm-admin").agency("PA-SNM").roles("admin").bearer();
  static final String DHS_AUDITOR =
      TestTokens.user("dhs-auditor").agency("US-DHS").roles("auditor").bearer();

  @Test
  void anAuditorReadsWhoChangedACaseWhenAndUnderWhichRequest() {
    long id = Fixtures.openCase("CO");
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .header("If-Match", Fixtures.caseEtag(id))
        .header("X-Request-Id", "hist-" + id)
        .contentType("application/json")
        .body(Fixtures.json(new CaseTransitionRequest(CaseStatus.SCREENING, "interview due")))
        .post("/api/v1/removals/cases/" + id + "/transitions")
        .then()
        .statusCode(200);

    JsonPath history =
        given()
            .header("Authorization", Fixtures.SNM_AUDITOR)
            .get("/api/v1/removals/history/case/" + id)
            .then()
            .statusCode(200)
            .header("Cache-Control", "no-store")
            .body("items", hasSize(2))
            .body("items[0].kind", equalTo("ADD"))
            .body("items[0].username", equalTo("snm-officer"))
            .body("items[0].agency", equalTo("PA-SNM"))
            .body("items[0].requestId", notNullValue())
            .body("items[0].changes.field", hasItem("givenNames"))
            .body("items[1].kind", equalTo("MODIFY"))
            .body("items[1].username", equalTo("snm-supervisor"))
            .body("items[1].requestId", equalTo("hist-" + id))
            .body("items[1].changes", hasSize(1))
            .body("items[1].changes[0].field", equalTo("status"))
            .body("items[1].changes[0].before", equalTo("OPEN"))
            .body("items[1].changes[0].after", equalTo("SCREENING"))
            .body("nextCursor", nullValue())
            .extract()
            .jsonPath();

    // Keyset pages: the second page compares its first revision with the one before the cursor.
    String cursor =
        given()
            .header("Authorization", SNM_ADMIN)
            .queryParam("limit", 1)
            .get("/api/v1/removals/history/case/" + id)
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .extract()
            .jsonPath()
            .getString("nextCursor");
    given()
        .header("Authorization", SNM_ADMIN)
        .queryParam("limit", 1)
        .queryParam("cursor", cursor)
        .get("/api/v1/removals/history/case/" + id)
        .then()
        .statusCode(200)
        .body("items[0].revision", equalTo(history.getInt("items[1].revision")))
        .body("items[0].changes", hasSize(1))
        .body("items[0].changes[0].before", equalTo("OPEN"));

    // Reading the history of a case is itself a read of its personal data.
    assertTrue(
        Fixtures.count(
                "select count(*) from case_read_log where case_id = "
                    + id
                    + " and reader = 'snm-auditor' and what = 'history:case'")
            >= 1);
  }

  @Test
  void theHistoryOfAPartOfACaseAndOfAGrant() {
    long id = Fixtures.openCase("CO");
    long screening = Fixtures.screen(id, "NO_CLAIM", false);
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .get("/api/v1/removals/history/screening/" + screening)
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo("ADD"))
        .body("items[0].username", equalTo("snm-officer"));
    long grant = grant(id);
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .get("/api/v1/removals/history/disclosure-grant/" + grant)
        .then()
        .statusCode(200)
        .body("items[0].username", equalTo("snm-supervisor"));
  }

  @Test
  void partnersOtherRolesUnknownTypesAndUnknownRecordsAreRefused() {
    long id = Fixtures.openCase("CO");
    grant(id); // even with a grant to read the case, its history is the owner's auditors'
    given()
        .header("Authorization", DHS_AUDITOR)
        .get("/api/v1/removals/history/case/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .get("/api/v1/removals/history/case/" + id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .get("/api/v1/removals/history/person/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .get("/api/v1/removals/history/case/987654321")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", DHS_AUDITOR)
        .get("/api/v1/removals/audit/reads")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void ownAgencyReadsAreLoggedWithoutPersonalData() {
    // A nationality no other test uses, so the list's first page holds this case whatever ran
    // before.
    long id = Fixtures.openCase("NZ");
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .header("X-Request-Id", "own-read-" + id)
        .get("/api/v1/removals/cases/" + id)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .get("/api/v1/removals/cases/" + id + "/screenings")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .queryParam("nationality", "NZ")
        .get("/api/v1/removals/cases")
        .then()
        .statusCode(200);

    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .queryParam("caseId", id)
        .queryParam("reader", "snm-supervisor")
        .get("/api/v1/removals/audit/reads")
        .then()
        .statusCode(200)
        .body("items.what", hasItem("case"))
        .body("items.what", hasItem("screenings"))
        .body("items.requestId", hasItem("own-read-" + id))
        .body("items[0].caseId", equalTo((int) id))
        .body("items[0].readerAgency", equalTo("PA-SNM"));
    assertTrue(
        Fixtures.count(
                "select count(*) from case_read_log where case_id = "
                    + id
                    + " and reader = 'snm-supervisor' and what = 'list'")
            >= 1,
        "a list's rows are logged as reads too");
  }

  @Test
  void theLogsExportAsCsvAndJsonLines() throws Exception {
    long id = Fixtures.openCase("CO");
    grant(id);
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .header("X-Request-Id", "export-" + id)
        .get("/api/v1/removals/cases/" + id)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Fixtures.DHS_ADVISOR)
        .get("/api/v1/removals/cases/" + id)
        .then()
        .statusCode(200);
    String from = Instant.now().minus(1, ChronoUnit.HOURS).toString();

    String csv =
        given()
            .header("Authorization", Fixtures.SNM_AUDITOR)
            .header("Accept", "text/csv")
            .queryParam("from", from)
            .get("/api/v1/removals/audit/reads/export")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertEquals("id,readAt,reader,readerAgency,caseId,what,requestId", lines.get(0));
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.endsWith(",snm-supervisor,PA-SNM," + id + ",case,export-" + id)),
        csv);

    ObjectMapper json = new ObjectMapper();
    String ndjson =
        given()
            .header("Authorization", Fixtures.SNM_AUDITOR)
            .header("Accept", "application/x-ndjson")
            .queryParam("from", from)
            .get("/api/v1/removals/audit/disclosures/export")
            .then()
            .statusCode(200)
            .contentType("application/x-ndjson")
            .extract()
            .asString();
    boolean found = false;
    for (String line : ndjson.lines().toList()) {
      JsonNode row = json.readTree(line);
      found |= row.get("caseId").asLong() == id && "dhs-advisor".equals(row.get("reader").asText());
    }
    assertTrue(found, ndjson);

    String revisions =
        given()
            .header("Authorization", SNM_ADMIN)
            .header("Accept", "application/x-ndjson")
            .queryParam("from", from)
            .get("/api/v1/removals/audit/log")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    boolean opened = false;
    for (String line : revisions.lines().toList()) {
      JsonNode row = json.readTree(line);
      opened |=
          "snm-officer".equals(row.get("username").asText())
              && row.get("entities").asText().contains("RemovalCase");
    }
    assertTrue(opened, "the revision log names the kinds of record changed");

    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .header("Accept", "text/csv")
        .queryParam("from", "2020-01-01T00:00:00Z")
        .queryParam("to", "2024-01-01T00:00:00Z")
        .get("/api/v1/removals/audit/log")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .header("Accept", "text/csv")
        .get("/api/v1/removals/audit/log")
        .then()
        .statusCode(403);
  }

  private static long grant(long caseId) {
    return Fixtures.post(
            Fixtures.SNM_SUPERVISOR,
            "/api/v1/removals/disclosures",
            new DisclosureGrantRequest(
                Agency.US_DHS,
                caseId,
                "Memorandum of Understanding, art. 4",
                "Audit test",
                Instant.now().plus(1, ChronoUnit.DAYS)))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
