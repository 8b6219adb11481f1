package org.puente.removals.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.removals.Fixtures;
import org.puente.removals.TestClock;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintChannel;
import org.puente.removals.api.ComplaintOutcome;
import org.puente.removals.api.ComplaintRequest;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.api.ComplaintTransitionRequest;
import org.puente.testing.TestTokens;

/**
 * A complaint from receipt to decision: deadlines in working days of Panama's calendar, overdue as
 * the clock passes them, each step by If-Match, and who sees which complaint.
 */
@QuarkusTest
class ComplaintFlowTest {

  private static final String PATH = "/api/v1/removals/complaints";
  private static final String DHS_MONITOR =
      TestTokens.user("dhs-monitor").agency("US-DHS").roles("monitor").bearer();
  private static final String OTHER_MONITOR =
      TestTokens.user("snm-monitor").agency("PA-SNM").roles("monitor").bearer();
  private static final String DHS_AUDITOR =
      TestTokens.user("dhs-auditor").agency("US-DHS").roles("auditor").bearer();

  @Inject TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  /** 10:00 in Panama on the given day. */
  private void at(LocalDate day) {
    clock.fix(day.atTime(10, 0).atZone(Fixtures.PANAMA).toInstant());
  }

  private static ComplaintRequest complaint(LocalDate receivedOn, Long caseId) {
    return new ComplaintRequest(
        caseId,
        null,
        "Ana Complainant " + UUID.randomUUID(),
        true,
        "sister",
        ComplaintChannel.PHONE,
        ComplaintCategory.USE_OF_FORCE,
        receivedOn,
        "Restraints used on the bus to the airport");
  }

  private static Response file(String token, String key, ComplaintRequest body) {
    return given()
        .header("Authorization", token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(body))
        .post(PATH);
  }

  private static Response step(
      String token, long id, ComplaintStatus to, ComplaintOutcome outcome, String decision) {
    String etag = Fixtures.etag(PATH + "/" + id, SNM_OFFICER);
    return Fixtures.postIfMatch(
        token,
        PATH + "/" + id + "/transitions",
        etag,
        new ComplaintTransitionRequest(to, outcome, decision));
  }

  private static boolean overdue(long id) {
    return given()
        .header("Authorization", SNM_OFFICER)
        .get(PATH + "/" + id)
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .extract()
        .jsonPath()
        .getBoolean("overdue");
  }

  private static List<Long> overdueList() {
    return given()
        .header("Authorization", SNM_SUPERVISOR)
        .queryParam("overdue", "true")
        .queryParam("category", "USE_OF_FORCE")
        .queryParam("limit", "200")
        .get(PATH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", Long.class);
  }

  @Test
  void goesOverdueThenIsDecided() {
    // Received on Friday 2 August 2024: acknowledge within 5 working days (Friday 9), decide
    // within 30 (Friday 13 September).
    LocalDate received = LocalDate.of(2024, 8, 2);
    long caseId = Fixtures.openCase("CO");
    at(received);
    String key = UUID.randomUUID().toString();
    ComplaintRequest body = complaint(received, caseId);
    Response created = file(SNM_OFFICER, key, body);
    created
        .then()
        .statusCode(201)
        .header("Location", containsString(PATH + "/"))
        .header("ETag", "\"0\"")
        .body("status", equalTo("RECEIVED"))
        .body("acknowledgeBy", equalTo("2024-08-09"))
        .body("decideBy", equalTo("2024-09-13"))
        .body("overdue", equalTo(false))
        .body("recordedBy", equalTo("snm-officer"))
        .body("caseId", equalTo((int) caseId));
    long id = created.jsonPath().getLong("id");
    // The same key and body: the first answer again.
    file(SNM_OFFICER, key, body).then().statusCode(201).body("id", equalTo((int) id));

    at(LocalDate.of(2024, 8, 9));
    assertFalse(overdue(id), "the last day to acknowledge is not overdue yet");
    at(LocalDate.of(2024, 8, 12));
    assertTrue(overdue(id), "not acknowledged by the fifth working day");
    assertTrue(overdueList().contains(id));

    // Skipping the investigation to a decision is refused with the reason.
    step(SNM_SUPERVISOR, id, ComplaintStatus.DECIDED, ComplaintOutcome.UPHELD, "Upheld")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("RECEIVED"));
    // A stale or missing If-Match changes nothing.
    Fixtures.postIfMatch(
            SNM_OFFICER,
            PATH + "/" + id + "/transitions",
            "\"7\"",
            new ComplaintTransitionRequest(ComplaintStatus.ACKNOWLEDGED, null, null))
        .then()
        .statusCode(412);
    step(SNM_OFFICER, id, ComplaintStatus.ACKNOWLEDGED, null, null)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACKNOWLEDGED"))
        .body("acknowledgedOn", equalTo("2024-08-12"))
        .body("overdue", equalTo(false));
    assertFalse(overdueList().contains(id));

    step(SNM_OFFICER, id, ComplaintStatus.UNDER_INVESTIGATION, null, null).then().statusCode(200);
    at(LocalDate.of(2024, 9, 16));
    assertTrue(overdue(id), "not decided by the thirtieth working day");
    assertTrue(overdueList().contains(id));

    // A case officer investigates; a supervisor decides.
    step(SNM_OFFICER, id, ComplaintStatus.DECIDED, ComplaintOutcome.PARTLY_UPHELD, "Too long")
        .then()
        .statusCode(403);
    step(
            SNM_SUPERVISOR,
            id,
            ComplaintStatus.DECIDED,
            ComplaintOutcome.PARTLY_UPHELD,
            "Restraints were used longer than needed")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECIDED"))
        .body("outcome", equalTo("PARTLY_UPHELD"))
        .body("decidedOn", equalTo("2024-09-16"))
        .body("overdue", equalTo(false));
    assertFalse(overdueList().contains(id));
    step(SNM_SUPERVISOR, id, ComplaintStatus.DECIDED, ComplaintOutcome.UPHELD, "Again")
        .then()
        .statusCode(409);
  }

  @Test
  void aMonitorSeesOnlyWhatTheyRecorded() {
    LocalDate today = LocalDate.now(Fixtures.PANAMA);
    long mine =
        file(DHS_MONITOR, UUID.randomUUID().toString(), complaint(today, null))
            .then()
            .statusCode(201)
            .body("recordedByAgency", equalTo("US-DHS"))
            .body("owningAgency", equalTo("PA-SNM"))
            .extract()
            .jsonPath()
            .getLong("id");
    long staffs =
        file(SNM_OFFICER, UUID.randomUUID().toString(), complaint(today, null))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    given().header("Authorization", DHS_MONITOR).get(PATH + "/" + mine).then().statusCode(200);
    given()
        .header("Authorization", DHS_MONITOR)
        .get(PATH + "/" + staffs)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().header("Authorization", OTHER_MONITOR).get(PATH + "/" + mine).then().statusCode(404);
    List<Long> listed =
        given()
            .header("Authorization", DHS_MONITOR)
            .queryParam("limit", "200")
            .get(PATH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.recordedBy", String.class)
            .stream()
            .map(who -> who.equals("dhs-monitor") ? 1L : 0L)
            .toList();
    assertFalse(listed.isEmpty());
    assertFalse(listed.contains(0L), "a monitor lists only their own complaints");
    // The agency's staff see both.
    given().header("Authorization", SNM_SUPERVISOR).get(PATH + "/" + mine).then().statusCode(200);
    // A monitor does not handle complaints, and another agency's staff do not read them.
    step(DHS_MONITOR, mine, ComplaintStatus.ACKNOWLEDGED, null, null).then().statusCode(403);
    given().header("Authorization", DHS_AUDITOR).get(PATH).then().statusCode(403);
    given().header("Authorization", DHS_AUDITOR).get(PATH + "/" + mine).then().statusCode(403);
    given()
        .header("Authorization", Fixtures.DOS_FUNDING)
        .get(PATH + "/" + mine)
        .then()
        .statusCode(403);
  }

  @Test
  void refusesWhatCannotBeRecorded() {
    LocalDate today = LocalDate.now(Fixtures.PANAMA);
    file(SNM_OFFICER, UUID.randomUUID().toString(), complaint(today.plusDays(2), null))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(containsString("receivedOn"));
    // A monitor of another agency names the operation, not a case.
    long caseId = Fixtures.openCase("CO");
    file(DHS_MONITOR, UUID.randomUUID().toString(), complaint(today, caseId))
        .then()
        .statusCode(403);
    file(SNM_OFFICER, UUID.randomUUID().toString(), complaint(today, 987_654_321L))
        .then()
        .statusCode(404);
    file(Fixtures.DHS_ADVISOR, UUID.randomUUID().toString(), complaint(today, null))
        .then()
        .statusCode(403);
    given()
        .header("Authorization", SNM_OFFICER)
        .queryParam("status", "LOST")
        .get(PATH)
        .then()
        .statusCode(400);
    assertEquals(
        0L, Fixtures.count("select count(*) from complaint where received_on > current_date + 1"));
  }
}
