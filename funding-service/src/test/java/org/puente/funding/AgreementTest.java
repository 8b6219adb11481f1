package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.funding.api.AgreementUpdate;
import org.puente.funding.api.AllotmentRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.testing.OpenApiContract;

@QuarkusTest
class AgreementTest {

  @Test
  void donorEntersAnAgreementAndAllotsItsBudget() {
    long id = Fixtures.agreement("6000000.00");
    long charter = Fixtures.line(id, "CHARTER_FLIGHTS", "4500000.00");
    Fixtures.line(id, "EQUIPMENT", "1000000.00");
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/agreements/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("donorAgency", equalTo("US-DOS"))
        .body("recipientAgency", equalTo("PA-SNM"))
        .body("ceiling.amount", equalTo("6000000.00"))
        .body("allotted.amount", equalTo("5500000.00"))
        .body("unallotted.amount", equalTo("500000.00"))
        .body("status", equalTo("ACTIVE"));
    // Over the ceiling: refused with what is left.
    Fixtures.addLine(id, "TRAINING", "500000.01")
        .then()
        .statusCode(409)
        .body("detail", startsWith("The agreement's ceiling allows 500000.00 more"));
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/budget-lines/" + charter)
        .then()
        .body("available.amount", equalTo("4500000.00"))
        .body("obligated.amount", equalTo("0.00"));
  }

  @Test
  void theOverviewListsTheLinesOfEveryAgreementOfTheCallersAgency() {
    long id = Fixtures.agreement("1000.00");
    long line = Fixtures.line(id, "TRAINING", "400.00");
    Fixtures.obligation(line, "150.00");
    java.util.List<Map<String, Object>> dos = allLines(DOS_FUNDING);
    Map<String, Object> seen =
        dos.stream()
            .filter(l -> ((Number) l.get("id")).longValue() == line)
            .findFirst()
            .orElseThrow();
    assertEquals(id, ((Number) seen.get("agreementId")).longValue());
    assertEquals("250.00", ((Map<?, ?>) seen.get("available")).get("amount"));
    assertTrue(
        allLines(Fixtures.SNM_FUNDING).stream().anyMatch(l -> l.get("id").equals(seen.get("id"))));
    assertTrue(
        allLines(Fixtures.DHS_FUNDING).stream().noneMatch(l -> l.get("id").equals(seen.get("id"))));
    // Keyset pages: ascending ids, no line twice.
    java.util.List<Long> ids = dos.stream().map(l -> ((Number) l.get("id")).longValue()).toList();
    assertEquals(ids.stream().sorted().distinct().toList(), ids);
  }

  /** Every page of GET /budget-lines, two lines at a time. */
  private static java.util.List<Map<String, Object>> allLines(String token) {
    java.util.List<Map<String, Object>> all = new java.util.ArrayList<>();
    String cursor = null;
    do {
      var request = given().header("Authorization", token).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get("/api/v1/funding/budget-lines").then().statusCode(200).extract();
      all.addAll(page.jsonPath().getList("items"));
      cursor = page.path("nextCursor");
    } while (cursor != null && all.size() < 10_000);
    return all;
  }

  @Test
  void donorAndRecipientSeeItOthersDoNot() {
    long id = Fixtures.agreement("1000.00");
    given()
        .header("Authorization", Fixtures.SNM_FUNDING)
        .get("/api/v1/funding/agreements/" + id)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Fixtures.DHS_FUNDING)
        .get("/api/v1/funding/agreements/" + id)
        .then()
        .statusCode(404);
    given()
        .header("Authorization", Fixtures.DHS_FUNDING)
        .queryParam("limit", 200)
        .get("/api/v1/funding/agreements")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem((int) id)));
    // The recipient reads but does not write.
    given()
        .header("Authorization", Fixtures.SNM_FUNDING)
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new BudgetLineRequest(BudgetCategory.EQUIPMENT, null, Fixtures.money("10.00"))))
        .post("/api/v1/funding/agreements/" + id + "/budget-lines")
        .then()
        .statusCode(403);
  }

  @Test
  void ceilingIsAmendedWithIfMatchButNeverBelowWhatIsAllotted() {
    long id = Fixtures.agreement("1000.00");
    Fixtures.line(id, "EQUIPMENT", "800.00");
    String lower =
        Fixtures.json(
            new AgreementUpdate("Amended", Fixtures.money("700.00"), LocalDate.now().plusYears(2)));
    given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        .body(lower)
        .put("/api/v1/funding/agreements/" + id)
        .then()
        .statusCode(428);
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(lower)
        .put("/api/v1/funding/agreements/" + id)
        .then()
        .statusCode(409);
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new AgreementUpdate(
                    "Amended", Fixtures.money("2000.00"), LocalDate.now().plusYears(2))))
        .put("/api/v1/funding/agreements/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("unallotted.amount", equalTo("1200.00"));
  }

  @Test
  void lineAllotmentChangesWithinCeilingAndAboveObligations() {
    long agreement = Fixtures.agreement("1000.00");
    long line = Fixtures.line(agreement, "EQUIPMENT", "500.00");
    Fixtures.obligation(line, "300.00");
    String etag = Fixtures.etag("/api/v1/funding/budget-lines/" + line, DOS_FUNDING);
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new AllotmentRequest(Fixtures.money("299.99"))))
        .put("/api/v1/funding/budget-lines/" + line + "/allotment")
        .then()
        .statusCode(409);
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new AllotmentRequest(Fixtures.money("1000.01"))))
        .put("/api/v1/funding/budget-lines/" + line + "/allotment")
        .then()
        .statusCode(409);
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new AllotmentRequest(Fixtures.money("1000.00"))))
        .put("/api/v1/funding/budget-lines/" + line + "/allotment")
        .then()
        .statusCode(200)
        .body("available.amount", equalTo("700.00"));
    // The same stale ETag again: the allotment it saw is gone.
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new AllotmentRequest(Fixtures.money("400.00"))))
        .put("/api/v1/funding/budget-lines/" + line + "/allotment")
        .then()
        .statusCode(412);
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/agreements/" + agreement)
        .then()
        .body("allotted.amount", equalTo("1000.00"));
  }

  @Test
  void noTokenIs401AndOpenApiIsComplete() {
    given()
        .get("/api/v1/funding/agreements")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    OpenApiContract.assertComplete("/api/v1/funding/", 15);
  }
}
