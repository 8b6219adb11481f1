package org.puente.removals.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;
import static org.puente.removals.Fixtures.TODAY;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.removals.Fixtures;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.ScreeningConfirmation;

/**
 * The work queues the dashboard asks the case list for: flags due, appeal windows closing, claims
 * awaiting a decision, negative screenings awaiting a second supervisor. Each lists exactly the
 * cases in that state (with the deadline when one was asked), and a queue asked wrongly is a 400
 * problem, not an empty list or a 500.
 */
@QuarkusTest
class CaseQueueTest {

  private static final String CASES = "/api/v1/removals/cases/";

  /** Every case of the queue, page after page: case id to its {@code due} (null when none). */
  private static Map<Long, String> queue(String query) {
    Map<Long, String> due = new HashMap<>();
    String cursor = null;
    do {
      JsonPath page =
          given()
              .header("Authorization", SNM_SUPERVISOR)
              .get(
                  "/api/v1/removals/cases?limit=200&"
                      + query
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      for (Map<String, Object> item : items) {
        Object day = item.get("due");
        due.put(((Number) item.get("id")).longValue(), day == null ? null : day.toString());
      }
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return due;
  }

  private static void flag(long caseId, java.time.LocalDate dueOn) {
    Fixtures.post(
            SNM_OFFICER,
            CASES + caseId + "/flags",
            new FlagRequest(FlagType.MEDICAL, "Needs insulin", dueOn))
        .then()
        .statusCode(201);
  }

  @Test
  void flagsDueAreTheOpenOnesDueBeforeTheDayWithTheEarliestDueDate() {
    long soon = Fixtures.openCase("HT");
    flag(soon, TODAY.plusDays(5));
    flag(soon, TODAY.plusDays(3));
    long overdue = Fixtures.openCase("HT");
    flag(overdue, TODAY.minusDays(2));
    long later = Fixtures.openCase("HT");
    flag(later, TODAY.plusDays(30));
    long undated = Fixtures.openCase("HT");
    flag(undated, null);

    Map<Long, String> due = queue("flagDueBefore=" + TODAY.plusDays(8));

    assertEquals(TODAY.plusDays(3).toString(), due.get(soon), "the earliest open flag's date");
    assertEquals(TODAY.minusDays(2).toString(), due.get(overdue), "overdue flags are due too");
    assertFalse(due.containsKey(later));
    assertFalse(due.containsKey(undated));
    // A list that asks for no deadline gives none.
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .get("/api/v1/removals/cases?limit=200&status=OPEN")
        .then()
        .statusCode(200)
        .body("items.due", everyItem(nullValue()));
  }

  @Test
  void appealWindowsClosingAreTheUnappealedOrdersWhoseDeadlineFallsInTheDays() {
    long closing = Fixtures.screenedCase("HT");
    Fixtures.order(closing, -3, true);
    long farOff = Fixtures.screenedCase("HT");
    Fixtures.order(farOff, -30, true);
    long closed = Fixtures.screenedCase("HT");
    Fixtures.order(closed, 2, true);
    long appealed = Fixtures.screenedCase("HT");
    Fixtures.order(appealed, -4, true);
    Fixtures.post(
            SNM_OFFICER,
            CASES + appealed + "/removal-order/appeals",
            new AppealRequest(TODAY, "The interview was not interpreted", true, null))
        .then()
        .statusCode(201);

    Map<Long, String> due =
        queue("appealDeadlineFrom=" + TODAY + "&appealDeadlineTo=" + TODAY.plusDays(7));

    assertEquals(TODAY.plusDays(3).toString(), due.get(closing));
    assertFalse(due.containsKey(farOff), "outside the days asked");
    assertFalse(due.containsKey(closed), "the window has closed");
    assertFalse(due.containsKey(appealed), "an appeal was filed");
    assertTrue(queue("appealDeadlineTo=" + TODAY).containsKey(closed), "one bound is enough");
  }

  @Test
  void claimsAwaitingADecisionAreThePendingOnes() {
    long pending = Fixtures.openCase("CU");
    Fixtures.rightsNotice(pending);
    Fixtures.screen(pending, "SCREENED_IN", true);
    long none = Fixtures.screenedCase("CU");

    Map<Long, String> queue = queue("claimPending=true");

    assertTrue(queue.containsKey(pending), "a screening in opened a claim awaiting a decision");
    assertFalse(queue.containsKey(none));
    assertNull(queue.get(pending));
    assertTrue(queue("claimPending=false").containsKey(none), "false is not asking");
  }

  @Test
  void screeningsAwaitingReviewLeaveTheQueueOnceASecondSupervisorConfirms() {
    long negative = Fixtures.openCase("NI");
    long screening = Fixtures.screen(negative, "SCREENED_OUT", false);
    long positive = Fixtures.screenedCase("NI");

    assertTrue(queue("screeningAwaitingReview=true").containsKey(negative));
    assertFalse(
        queue("screeningAwaitingReview=true").containsKey(positive),
        "no claim: nothing to confirm");

    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            CASES + negative + "/screenings/" + screening + "/confirmation",
            "\"0\"",
            new ScreeningConfirmation("Interview record reviewed"))
        .then()
        .statusCode(200);
    assertFalse(queue("screeningAwaitingReview=true").containsKey(negative));
  }

  @Test
  void aQueueAskedWronglyIsAProblemNamingTheParameter() {
    Map<String, String> wrong =
        Map.of(
            "flagDueBefore=soon",
            "flagDueBefore",
            "appealDeadlineFrom=2026-13-01",
            "appealDeadlineFrom",
            "claimPending=yes",
            "claimPending",
            "screeningAwaitingReview=1",
            "screeningAwaitingReview",
            "appealDeadlineFrom=" + TODAY + "&appealDeadlineTo=" + TODAY.minusDays(1),
            "appealDeadlineTo",
            "flagDueBefore=" + TODAY + "&appealDeadlineFrom=" + TODAY,
            "flagDueBefore");
    wrong.forEach(
        (query, field) ->
            given()
                .header("Authorization", SNM_SUPERVISOR)
                .get("/api/v1/removals/cases?" + query)
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo(field)));
  }
}
