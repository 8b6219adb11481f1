package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.funding.Fixtures.DOS_CERTIFIER;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.funding.api.DeliveredOutput;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.PaymentKind;

/** Cost per person removed and per certified officer, from approved actual costs. */
@QuarkusTest
class UnitCostReportTest {

  private static long fileCost(long obligation, String amount, int quantity, OutputUnit unit) {
    long id =
        given()
            .header("Authorization", DOS_FUNDING)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .contentType(ContentType.JSON)
            .body(
                Fixtures.json(
                    new DisbursementRequest(
                        obligation,
                        PaymentKind.EXPENDITURE,
                        Fixtures.money(amount),
                        "Actual cost",
                        new DeliveredOutput(quantity, unit))))
            .post("/api/v1/funding/disbursements")
            .then()
            .statusCode(201)
            .body("output.quantity", equalTo(quantity))
            .body("output.unit", equalTo(unit.name()))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"0\"")
        .post("/api/v1/funding/disbursements/" + id + "/approval")
        .then()
        .statusCode(200);
    return id;
  }

  private static long obligation(long line, String amount, String reference) {
    return Fixtures.obligate(line, amount, reference)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonPath report(String groupBy) {
    return given()
        .header("Authorization", Fixtures.DOS_AUDITOR)
        .queryParam("groupBy", groupBy)
        .get("/api/v1/funding/reports/unit-costs")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> row(JsonPath report, String list, String group) {
    List<Map<String, Object>> rows = report.getList(list);
    return rows.stream()
        .filter(r -> group.equals(r.get("group")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + list + " row for " + group));
  }

  @SuppressWarnings("unchecked")
  private static BigDecimal amount(Map<String, Object> row, String field) {
    return new BigDecimal((String) ((Map<String, Object>) row.get(field)).get("amount"));
  }

  @Test
  void costPerPersonRemovedIsTheActualCostOverThePeopleRemoved() {
    long agreement = Fixtures.agreement("5000000.00");
    long charter = Fixtures.line(agreement, "CHARTER_FLIGHTS", "1000000.00");
    long training = Fixtures.line(agreement, "TRAINING", "500000.00");
    String operation = "removal-operation:" + UUID.randomUUID();
    long flight = obligation(charter, "90000.00", operation);
    long session = obligation(training, "15000.00", "training-session:" + UUID.randomUUID());
    fileCost(flight, "84250.00", 37, OutputUnit.PEOPLE_REMOVED);
    fileCost(session, "12500.00", 7, OutputUnit.OFFICERS_CERTIFIED);
    // Asked for, not approved: not an actual cost yet.
    given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new DisbursementRequest(
                    flight,
                    PaymentKind.EXPENDITURE,
                    Fixtures.money("1000.00"),
                    "Pending",
                    new DeliveredOutput(1, OutputUnit.PEOPLE_REMOVED))))
        .post("/api/v1/funding/disbursements")
        .then()
        .statusCode(201);

    JsonPath byObligation = report("obligation");
    assertEquals("obligation", byObligation.getString("groupBy"));
    assertTrue(byObligation.getString("rounding").contains("HALF_UP"));
    Map<String, Object> removal = row(byObligation, "removals", String.valueOf(flight));
    assertEquals(operation, removal.get("label"));
    assertEquals("PEOPLE_REMOVED", removal.get("unit"));
    assertEquals(37, ((Number) removal.get("output")).intValue());
    assertEquals(new BigDecimal("84250.00"), amount(removal, "actualCost"));
    // 84,250.00 / 37 = 2,277.027... = 2,277.03
    assertEquals(new BigDecimal("2277.03"), amount(removal, "costPerUnit"));
    assertEquals(
        new BigDecimal("84250.00").divide(new BigDecimal(37), 2, java.math.RoundingMode.HALF_UP),
        amount(removal, "costPerUnit"));
    Map<String, Object> course = row(byObligation, "training", String.valueOf(session));
    assertEquals("OFFICERS_CERTIFIED", course.get("unit"));
    // 12,500.00 / 7 = 1,785.714... = 1,785.71
    assertEquals(new BigDecimal("1785.71"), amount(course, "costPerUnit"));

    JsonPath byAgreement = report("agreement");
    Map<String, Object> whole = row(byAgreement, "removals", String.valueOf(agreement));
    assertEquals(new BigDecimal("2277.03"), amount(whole, "costPerUnit"));
    assertEquals(1, ((Number) whole.get("payments")).intValue());
    Map<String, Object> line = row(report("line"), "training", String.valueOf(training));
    assertEquals("TRAINING", line.get("label"));
    assertTrue(report("period").getList("removals").size() > 0);
  }

  @Test
  void csvHasOneRowPerGroupAndUnit() {
    long line = Fixtures.line("1000000.00");
    long flight = obligation(line, "50000.00", "removal-operation:" + UUID.randomUUID());
    fileCost(flight, "40000.00", 16, OutputUnit.PEOPLE_REMOVED);
    given()
        .header("Authorization", DOS_FUNDING)
        .accept("text/csv")
        .get("/api/v1/funding/reports/unit-costs?groupBy=obligation")
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .body(
            containsString(
                "group_by,group,label,agreement_id,unit,currency,actual_cost,output,cost_per_unit,payments\r\n"))
        .body(containsString(",PEOPLE_REMOVED,USD,40000.00,16,2500.00,1\r\n"));
    // A link in a page cannot say Accept: format=csv asks for the same CSV.
    given()
        .header("Authorization", DOS_FUNDING)
        .accept("text/html,*/*;q=0.8")
        .get("/api/v1/funding/reports/unit-costs?groupBy=obligation&format=csv")
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .header("Content-Disposition", containsString("unit-costs-obligation.csv"))
        .body(containsString(",PEOPLE_REMOVED,USD,40000.00,16,2500.00,1\r\n"));
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/reports/unit-costs?format=xls")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anUnknownGroupingOrAnUpsideDownPeriodIsAProblem() {
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/reports/unit-costs?groupBy=month")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/reports/unit-costs?from=2026-02-01&to=2026-01-01")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/reports/unit-costs?from=yesterday")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anotherAgencySeesNoneOfTheseCosts() {
    long line = Fixtures.line("1000000.00");
    long flight = obligation(line, "50000.00", "removal-operation:" + UUID.randomUUID());
    fileCost(flight, "30000.00", 10, OutputUnit.PEOPLE_REMOVED);
    List<Map<String, Object>> seen =
        given()
            .header("Authorization", Fixtures.DHS_FUNDING)
            .get("/api/v1/funding/reports/unit-costs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("removals");
    assertTrue(seen.stream().noneMatch(r -> String.valueOf(flight).equals(r.get("group"))));
  }
}
