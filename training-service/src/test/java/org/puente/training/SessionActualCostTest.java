package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.training.Fixtures.DHS_COORDINATOR;
import static org.puente.training.Fixtures.SNM_COORDINATOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.testing.Eventually;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.PartnerStub.Received;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.CompletionRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;

/**
 * Completing a funded session files its actual cost with funding-service, as a completed removal
 * operation does: a payment request against the session's obligation, through the outbox, with the
 * officers it certified as a count (never who).
 */
@QuarkusTest
class SessionActualCostTest {

  @InjectStub FundingStub funding;

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String path(long session) {
    return "/api/v1/training/sessions/" + session;
  }

  /** A funded session that ran the last five days, with {@code passed} officers certified. */
  private static long ranAndCertified(int passed) {
    LocalDate today = LocalDate.now(ZoneId.of("America/Panama"));
    long course = Fixtures.course("INTERVIEWING");
    SessionRequest template = Fixtures.sessionBody(course, 5, today.minusDays(4), today);
    long session =
        given()
            .header("Authorization", DHS_COORDINATOR)
            .contentType(ContentType.JSON)
            .body(
                Fixtures.json(
                    new SessionRequest(
                        course,
                        template.location(),
                        template.startDate(),
                        template.endDate(),
                        5,
                        template.instructors(),
                        template.cost(),
                        505L)))
            .post("/api/v1/training/sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Eventually.within(
        PATIENCE,
        () ->
            assertEquals(
                "FUNDED",
                Fixtures.text(
                    "select funding_status from training_session where id = " + session)));
    Fixtures.moveSession(session, "OPEN");
    List<Long> enrollments = new ArrayList<>();
    for (int i = 0; i < passed; i++) {
      long officer = Fixtures.clearedSnmOfficer();
      long enrollment =
          Fixtures.nominate(session, officer, SNM_COORDINATOR).jsonPath().getLong("id");
      given()
          .header("Authorization", DHS_COORDINATOR)
          .header("If-Match", "\"0\"")
          .post("/api/v1/training/enrollments/" + enrollment + "/approval")
          .then()
          .statusCode(200);
      enrollments.add(enrollment);
    }
    Fixtures.moveSession(session, "IN_PROGRESS");
    for (int d = 4; d >= 0; d--) {
      List<AttendanceEntry> present =
          enrollments.stream().map(e -> new AttendanceEntry(e, AttendanceMark.PRESENT)).toList();
      given()
          .header("Authorization", DHS_COORDINATOR)
          .contentType(ContentType.JSON)
          .body(Fixtures.json(new AttendanceRequest(today.minusDays(d), present)))
          .post(path(session) + "/attendance")
          .then()
          .statusCode(201);
    }
    for (long enrollment : enrollments) {
      given()
          .header("Authorization", DHS_COORDINATOR)
          .header(
              "If-Match",
              Fixtures.etag("/api/v1/training/enrollments/" + enrollment, DHS_COORDINATOR))
          .contentType(ContentType.JSON)
          .body(Fixtures.json(new CompletionRequest(90)))
          .post("/api/v1/training/enrollments/" + enrollment + "/completion")
          .then()
          .statusCode(200);
    }
    return session;
  }

  private static io.restassured.response.Response complete(long session, Money actualCost) {
    return given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag(path(session), DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new SessionTransition(SessionStatus.COMPLETED, "Course delivered", actualCost)))
        .post(path(session) + "/transitions");
  }

  @Test
  void completingAFundedSessionFilesItsActualCostWithTheOfficersCertified() throws Exception {
    long session = ranAndCertified(2);
    complete(session, Money.usd("11250.00"))
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("funding.actualCost.amount", equalTo("11250.00"))
        .body("funding.officersCertified", equalTo(2));
    Eventually.within(
        PATIENCE,
        () ->
            assertEquals(
                "1",
                Fixtures.text(
                    "select count(*) from training_session where payment_request_id is not null"
                        + " and id = "
                        + session)));

    List<Received> payments =
        funding.received("training-session:" + session).stream()
            .filter(r -> r.path().equals("/api/v1/funding/disbursements"))
            .toList();
    assertEquals(1, payments.size(), payments.toString());
    Received payment = payments.get(0);
    assertEquals("training-session:" + session + ":completion", payment.idempotencyKey());
    JsonNode body = JSON.readTree(payment.body());
    Set<String> fields = new TreeSet<>();
    body.fieldNames().forEachRemaining(fields::add);
    // The cost and a count: nothing about who was trained.
    assertEquals(Set.of("amount", "description", "kind", "obligationId", "output"), fields);
    assertEquals("EXPENDITURE", body.get("kind").asText());
    assertEquals("11250.00", body.get("amount").get("amount").asText());
    assertEquals(2, body.get("output").get("quantity").asInt());
    assertEquals("OFFICERS_CERTIFIED", body.get("output").get("unit").asText());
    assertEquals(
        Fixtures.text("select obligation_id from training_session where id = " + session),
        body.get("obligationId").asText());
  }

  @Test
  void anActualCostIsOnlyGivenWhenCompletingAndInTheSessionsCurrency() {
    long course = Fixtures.course("INTERVIEWING");
    long session = Fixtures.plannedSession(course, 5);
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag(path(session), DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new SessionTransition(SessionStatus.OPEN, null, Money.usd("100.00"))))
        .post(path(session) + "/transitions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Fixtures.moveSession(session, "OPEN");
    Fixtures.moveSession(session, "IN_PROGRESS");
    complete(session, new Money(new java.math.BigDecimal("100.00"), "EUR"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    // Not funded through Puente: the actual cost stays here and nothing is filed.
    complete(session, Money.usd("9000.00"))
        .then()
        .statusCode(200)
        .body("funding.actualCost.amount", equalTo("9000.00"))
        .body("funding.officersCertified", equalTo(0));
    assertEquals(
        0,
        funding.received("training-session:" + session).stream()
            .filter(r -> r.path().equals("/api/v1/funding/disbursements"))
            .count());
  }
}
