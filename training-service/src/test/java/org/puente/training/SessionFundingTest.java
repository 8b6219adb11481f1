package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.training.Fixtures.DHS_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.testing.Eventually;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.PartnerStub.Received;
import org.puente.training.api.SessionFundingRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;

/**
 * A session's funding through the outbox, against a funding-service stub that keeps what it
 * received: the cost is fixed while funding-service holds it, and a cancellation tells
 * funding-service a code, never the reason a person typed.
 */
@QuarkusTest
class SessionFundingTest {

  @InjectStub FundingStub funding;

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final LocalDate START = LocalDate.now().plusDays(40);

  private static String path(long session) {
    return "/api/v1/training/sessions/" + session;
  }

  /** A PLANNED session of 12000.00 USD, funding asked from {@code line}. */
  private static long fundedFrom(long course, long line) {
    SessionRequest template = Fixtures.sessionBody(course, 10, START, START.plusDays(4));
    SessionRequest body =
        new SessionRequest(
            course,
            template.location(),
            START,
            START.plusDays(4),
            10,
            template.instructors(),
            template.cost(),
            line);
    return given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(body))
        .post("/api/v1/training/sessions")
        .then()
        .statusCode(201)
        .body("funding.status", equalTo("PENDING"))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Waits for the outbox to bring funding-service's answer (polled quietly, without logs). */
  private static void awaitFunding(long session, String status) {
    Eventually.within(
        PATIENCE,
        () ->
            assertEquals(
                status,
                Fixtures.text(
                    "select funding_status from training_session where id = " + session)));
  }

  private static Response update(long session, long course, String amount, String location) {
    SessionRequest template = Fixtures.sessionBody(course, 10, START, START.plusDays(4));
    SessionRequest body =
        new SessionRequest(
            course,
            location,
            START,
            START.plusDays(4),
            10,
            template.instructors(),
            // As written ("12000" stays "12000"), not normalised as Money.usd would.
            new Money(new BigDecimal(amount), Money.USD),
            null);
    return given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag(path(session), DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(body))
        .put(path(session));
  }

  private static Response cancel(long session, String reason) {
    return given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag(path(session), DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new SessionTransition(SessionStatus.CANCELLED, reason)))
        .post(path(session) + "/transitions");
  }

  /** The session's row as the refusals must leave it: cost, location, status, version. */
  private static String row(long session) {
    return Fixtures.text(
        "select cost_amount || '|' || location || '|' || status || '|' || funding_status || '|'"
            + " || version from training_session where id = "
            + session);
  }

  private static long outbox(long session) {
    return Fixtures.count(
        "select count(*) from outbox_message where idem_key like 'training-session:"
            + session
            + "%'");
  }

  private List<Received> obligations(long session) {
    return funding.received("training-session:" + session).stream()
        .filter(r -> r.method().equals("POST") && r.path().equals("/api/v1/funding/obligations"))
        .toList();
  }

  @Test
  void theCostOfAFundedSessionCannotChangeAndNothingChanges() {
    long course = Fixtures.course("BIOMETRICS");
    long session = fundedFrom(course, 501);
    awaitFunding(session, "FUNDED");
    String before = row(session);
    long messages = outbox(session);

    update(session, course, "15000.00", "Elsewhere")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body(
            "detail",
            equalTo(
                "The cost cannot change while the session's funding is FUNDED (12000.00 USD"
                    + " obligated by funding-service); cancel the session, which returns its"
                    + " funds, and schedule it again with the new cost"));

    assertEquals(before, row(session));
    assertEquals(messages, outbox(session));
    assertEquals(1, obligations(session).size());

    // The same cost, however written, is no change: the rest of the session may still change.
    update(session, course, "12000", "SNM regional office, David")
        .then()
        .statusCode(200)
        .body("cost.amount", equalTo("12000.00"))
        .body("location", equalTo("SNM regional office, David"))
        .body("funding.status", equalTo("FUNDED"));
    assertEquals(messages, outbox(session));
  }

  @Test
  void theCostOfASessionWhoseFundingIsPendingCannotChange() {
    long course = Fixtures.course("BIOMETRICS");
    long session = fundedFrom(course, FundingStub.SLOW_LINE);
    String before = row(session);
    try {
      update(session, course, "9000.00", "Elsewhere")
          .then()
          .statusCode(409)
          .body("detail", containsString("funding is PENDING (12000.00 USD asked of"));
      assertEquals(before, row(session));
    } finally {
      funding.release();
    }
    awaitFunding(session, "FUNDED");
    assertEquals(1, obligations(session).size());
    assertTrue(obligations(session).get(0).body().contains("\"amount\":\"12000.00\""));
  }

  @Test
  void afterARefusalTheCostMayChangeAndIsAskedForOnceMore() {
    long course = Fixtures.course("BIOMETRICS");
    long session = fundedFrom(course, FundingStub.SHORT_LINE);
    awaitFunding(session, "REFUSED");
    update(session, course, "9000.00", "SNM training centre, Panama City")
        .then()
        .statusCode(200)
        .body("cost.amount", equalTo("9000.00"));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag(path(session), DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new SessionFundingRequest(502L)))
        .post(path(session) + "/funding-request")
        .then()
        .statusCode(200)
        .body("funding.status", equalTo("PENDING"));
    awaitFunding(session, "FUNDED");
    List<Received> asked = obligations(session);
    assertEquals(2, asked.size());
    assertTrue(asked.get(1).body().contains("\"amount\":\"9000.00\""), asked.get(1).body());
  }

  @Test
  void cancellingAFundedSessionKeepsTheReasonHereAndSendsOnlyACode() {
    String reason = "Instructor Ana Quintero is ill; call her on +507 6000-1234";
    long session = fundedFrom(Fixtures.course("INTERVIEWING"), 503);
    awaitFunding(session, "FUNDED");
    cancel(session, reason)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancellationReason", equalTo(reason));
    awaitFunding(session, "RETURNED");

    List<Received> sent = funding.received("training-session:" + session);
    Received deobligation =
        sent.stream().filter(r -> r.path().endsWith("/deobligation")).findFirst().orElseThrow();
    assertEquals("training-session:" + session + ":cancellation", deobligation.idempotencyKey());
    assertTrue(
        deobligation.body().contains("\"reason\":\"SESSION_CANCELLED\""), deobligation.body());
    assertTrue(
        obligations(session).get(0).body().contains("\"purpose\":\"TRAINING_SESSION\""),
        obligations(session).get(0).body());
    for (Received r : funding.all()) {
      assertFalse(r.body().contains("Quintero"), "free text reached funding-service: " + r);
    }
    assertEquals(
        0, Fixtures.count("select count(*) from outbox_message where payload like '%Quintero%'"));
    assertEquals(
        reason,
        Fixtures.text("select cancellation_reason from training_session where id = " + session));
  }

  @Test
  void aCancellationReasonTooLongIsRefusedAndNothingChanges() {
    long session = fundedFrom(Fixtures.course("INTERVIEWING"), 504);
    awaitFunding(session, "FUNDED");
    String before = row(session);
    long messages = outbox(session);
    cancel(session, "x".repeat(501))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("reason"));
    assertEquals(before, row(session));
    assertEquals(messages, outbox(session));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from training_session where cancellation_reason is not null and id = "
                + session));
  }
}
