package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.removals.Fixtures.DHS_ADVISOR;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.common.security.Agency;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.testing.TestTokens;

/**
 * Partners read a case only under a grant, logged; the State Department never receives personal
 * data.
 */
@QuarkusTest
class AccessTest {

  @Test
  void advisorSeesACaseOnlyWhileAGrantCoversItAndEveryReadIsLogged() {
    long id = Fixtures.openCase("VE");
    String path = "/api/v1/removals/cases/" + id;
    given()
        .header("Authorization", DHS_ADVISOR)
        .get(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");

    long grant =
        Fixtures.post(
                SNM_SUPERVISOR,
                "/api/v1/removals/disclosures",
                new DisclosureGrantRequest(
                    Agency.US_DHS,
                    id,
                    "Memorandum of Understanding, art. 4",
                    "Advice on screening quality",
                    Instant.now().plus(1, ChronoUnit.DAYS)))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("Authorization", DHS_ADVISOR)
        .get(path)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("id", equalTo((int) id));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from disclosure_log where case_id = "
                + id
                + " and reader = 'dhs-advisor'"));
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .queryParam("caseId", id)
        .get("/api/v1/removals/disclosures/log")
        .then()
        .statusCode(200)
        .body("items[0].reader", equalTo("dhs-advisor"))
        .body("items[0].readerAgency", equalTo("US-DHS"))
        .body("items[0].legalBasis", equalTo("Memorandum of Understanding, art. 4"));
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .get(path + "/history")
        .then()
        .body("items.kind", hasItem("PARTNER_READ"));
    // Reading is not writing.
    Fixtures.post(DHS_ADVISOR, path + "/flags", new FlagRequest(FlagType.MEDICAL, "x", null))
        .then()
        .statusCode(403);

    // Time passes: the grant expires, and the case no longer exists for the advisor.
    Fixtures.execute(
        "update disclosure_grant set expires_at = now() - interval '1 second' where id = " + grant);
    given().header("Authorization", DHS_ADVISOR).get(path).then().statusCode(404);
    given()
        .header("Authorization", DHS_ADVISOR)
        .queryParam("limit", 200)
        .get("/api/v1/removals/cases")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem((int) id)));
  }

  /**
   * This deployment is PA-SNM's system of record: partners' tokens are trusted here to read, never
   * to open cases, plan flights or disclose records, whatever role their own realm gives them.
   */
  @Test
  void partnersCreateNoRemovalRecordsHereAndNothingChanges() {
    String dhsCaseOfficer =
        TestTokens.user("dhs-case").agency("US-DHS").roles("case-officer", "supervisor").bearer();
    String before =
        Fixtures.count("select count(*) from removal_case")
            + "/"
            + Fixtures.count("select count(*) from removal_operation")
            + "/"
            + Fixtures.count("select count(*) from disclosure_grant");
    Fixtures.post(dhsCaseOfficer, "/api/v1/removals/cases", Fixtures.caseBody("VE"))
        .then()
        .statusCode(403)
        .body("detail", containsString("kept by PA-SNM"));
    Fixtures.post(
            Fixtures.DOS_SUPERVISOR,
            "/api/v1/removals/operations",
            new OperationPlanRequest(
                OperationKind.CHARTER,
                "CO",
                "BOG",
                Instant.now().plus(7, ChronoUnit.DAYS),
                10,
                null,
                null,
                null))
        .then()
        .statusCode(403)
        .body("detail", containsString("kept by PA-SNM"));
    Fixtures.post(
            dhsCaseOfficer,
            "/api/v1/removals/disclosures",
            new DisclosureGrantRequest(
                Agency.PA_SNM,
                Fixtures.openCase("VE"),
                "x",
                "x",
                Instant.now().plus(1, ChronoUnit.DAYS)))
        .then()
        .statusCode(403);
    String after =
        (Fixtures.count("select count(*) from removal_case") - 1)
            + "/"
            + Fixtures.count("select count(*) from removal_operation")
            + "/"
            + Fixtures.count("select count(*) from disclosure_grant");
    assertEquals(before, after);
  }

  @Test
  void stateDepartmentGets403OnEveryCaseEndpoint() {
    long id = Fixtures.openCase("VE");
    for (String token : new String[] {Fixtures.DOS_SUPERVISOR}) {
      given().header("Authorization", token).get("/api/v1/removals/cases").then().statusCode(403);
      given()
          .header("Authorization", token)
          .get("/api/v1/removals/cases/" + id)
          .then()
          .statusCode(403);
      given()
          .header("Authorization", token)
          .get("/api/v1/removals/cases/" + id + "/history")
          .then()
          .statusCode(403);
      given()
          .header("Authorization", token)
          .contentType(ContentType.JSON)
          .body(Fixtures.json(Fixtures.caseBody("VE")))
          .post("/api/v1/removals/cases")
          .then()
          .statusCode(403);
    }
    given()
        .header("Authorization", Fixtures.DOS_FUNDING)
        .get("/api/v1/removals/cases/" + id)
        .then()
        .statusCode(403);
  }

  @Test
  void statisticsHideSmallCellsFromOtherAgencies() {
    // Three removals of a rare nationality this year: exact for the owner, hidden for others.
    String year = String.valueOf(Fixtures.TODAY.getYear());
    Fixtures.execute(
        "insert into removal_case (id, owning_agency, status, given_names, family_names, nationality, sex,"
            + " encountered_on, encounter_place, removed_on, created_by, created_at, version)"
            + " select nextval('removal_case_seq'), 'PA-SNM', 'REMOVED', 'Stat', 'Case', 'ZZ', 'F',"
            + " date '"
            + year
            + "-01-02', 'Lajas Blancas', date '"
            + year
            + "-01-05', 'test', now(), 0"
            + " from generate_series(1, 3)");
    String from = year + "-01-01";
    String to = year + "-12-31";
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .queryParams(Map.of("from", from, "to", to, "groupBy", "nationality"))
        .get("/api/v1/removals/statistics/removals")
        .then()
        .statusCode(200)
        .body("suppressedBelow", nullValue())
        .body("cells.find { it.nationality == 'ZZ' }.count", equalTo(3));
    given()
        .header("Authorization", Fixtures.DOS_FUNDING)
        .queryParams(Map.of("from", from, "to", to, "groupBy", "nationality"))
        .get("/api/v1/removals/statistics/removals")
        .then()
        .statusCode(200)
        .body("suppressedBelow", equalTo(5))
        .body("cells.find { it.nationality == 'ZZ' }.count", nullValue())
        .body("cells.find { it.nationality == 'ZZ' }.suppressed", equalTo(true))
        .body(
            "cells.findAll { !it.suppressed }.count",
            everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(5)));
    given()
        .header("Authorization", Fixtures.DOS_FUNDING)
        .queryParams(Map.of("from", from, "to", to, "groupBy", "weekday"))
        .get("/api/v1/removals/statistics/removals")
        .then()
        .statusCode(400);
  }

  @Test
  void casesByStatusAreExactForTheOwnerAndHideSmallCellsFromOthers() {
    long before = openCount();
    Fixtures.openCase("CO");
    assertEquals(before + 1, openCount());

    io.restassured.response.Response owner =
        given().header("Authorization", SNM_SUPERVISOR).get("/api/v1/removals/statistics/cases");
    owner.then().statusCode(200).body("suppressedBelow", nullValue());
    long total = owner.jsonPath().getLong("total");
    io.restassured.response.Response partner =
        given()
            .header("Authorization", Fixtures.DOS_FUNDING)
            .get("/api/v1/removals/statistics/cases");
    partner
        .then()
        .statusCode(200)
        .body("owningAgency", equalTo("PA-SNM"))
        .body("suppressedBelow", equalTo(5))
        .body(
            "cells.findAll { !it.suppressed }.count",
            everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(5)))
        .body("cells.findAll { it.suppressed }.count", everyItem(nullValue()));
    // The total is hidden only with cells it would reveal (a total under 5, for one).
    partner
        .then()
        .body(
            "total",
            partner.jsonPath().getBoolean("totalSuppressed") ? nullValue() : equalTo((int) total));
  }

  private static long openCount() {
    Object open =
        given()
            .header("Authorization", SNM_SUPERVISOR)
            .get("/api/v1/removals/statistics/cases")
            .then()
            .statusCode(200)
            .extract()
            .path("cells.find { it.status == 'OPEN' }.count");
    return open == null ? 0 : ((Number) open).longValue();
  }
}
