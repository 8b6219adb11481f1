package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.training.Fixtures.DHS_COORDINATOR;
import static org.puente.training.Fixtures.SNM_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.training.api.AttendanceCorrection;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.CompletionRequest;

/** Attendance and results: a certification only for a pass with enough attendance. */
@QuarkusTest
class CompletionTest {

  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/Panama"));

  /** A session of five days ending today, with the given officers approved and started. */
  private record Started(long session, List<Long> enrollments, List<Long> officers) {}

  private Started started(int officers) {
    long course = Fixtures.course("PROTECTION_SCREENING", 12, List.of());
    long session = Fixtures.plannedSession(course, 10, TODAY.minusDays(4));
    Fixtures.moveSession(session, "OPEN");
    List<Long> enrollments = new ArrayList<>();
    List<Long> officerIds = new ArrayList<>();
    for (int i = 0; i < officers; i++) {
      long officer = Fixtures.clearedSnmOfficer();
      long id = Fixtures.nominate(session, officer, SNM_COORDINATOR).jsonPath().getLong("id");
      given()
          .header("Authorization", DHS_COORDINATOR)
          .header("If-Match", "\"0\"")
          .post("/api/v1/training/enrollments/" + id + "/approval")
          .then()
          .statusCode(200);
      enrollments.add(id);
      officerIds.add(officer);
    }
    Fixtures.moveSession(session, "IN_PROGRESS");
    return new Started(session, enrollments, officerIds);
  }

  private void mark(long session, LocalDate day, Map<Long, String> marks) {
    List<AttendanceEntry> records = new ArrayList<>();
    marks.forEach(
        (id, status) -> records.add(new AttendanceEntry(id, AttendanceMark.valueOf(status))));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new AttendanceRequest(day, records)))
        .post("/api/v1/training/sessions/" + session + "/attendance")
        .then()
        .statusCode(201)
        .body("records", hasSize(marks.size()));
  }

  private Response complete(long enrollment, int score) {
    return given()
        .header("Authorization", DHS_COORDINATOR)
        .header(
            "If-Match",
            Fixtures.etag("/api/v1/training/enrollments/" + enrollment, DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new CompletionRequest(score)))
        .post("/api/v1/training/enrollments/" + enrollment + "/completion");
  }

  private Response check(long officer, LocalDate on) {
    return given()
        .header("Authorization", Fixtures.SNM_CASE_OFFICER)
        .queryParam("officerId", officer)
        .queryParam("competency", "PROTECTION_SCREENING")
        .queryParam("on", on.toString())
        .get("/api/v1/training/certifications/check");
  }

  @Test
  void passWithAttendanceIssuesACertificationValidThroughItsExpiry() {
    Started s = started(3);
    long good = s.enrollments().get(0);
    long absent = s.enrollments().get(1);
    long lowScore = s.enrollments().get(2);
    for (int d = 0; d < 5; d++) {
      LocalDate day = TODAY.minusDays(4 - d);
      mark(
          s.session(),
          day,
          Map.of(
              good,
              d == 2 ? "LATE" : "PRESENT",
              absent,
              d < 3 ? "PRESENT" : "ABSENT",
              lowScore,
              "PRESENT"));
    }

    Response passed = complete(good, 85);
    passed
        .then()
        .statusCode(200)
        .body("status", equalTo("PASSED"))
        .body("reasons", empty())
        .body("certification.competency", equalTo("PROTECTION_SCREENING"))
        .body("certification.issuedOn", equalTo(TODAY.toString()))
        .body("certification.expiresOn", equalTo(TODAY.plusMonths(12).toString()));
    complete(absent, 95)
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"))
        .body("certification", nullValue())
        .body("reasons", contains("Attended 3 of 5 days; at least 80% is required"));
    complete(lowScore, 50)
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"))
        .body("reasons", contains("Score 50 is below the passing score 70"));
    // A result is final.
    complete(good, 100).then().statusCode(409);

    long officer = s.officers().get(0);
    LocalDate expiry = TODAY.plusMonths(12);
    check(officer, TODAY.minusDays(1)).then().statusCode(200).body("certified", equalTo(false));
    check(officer, TODAY).then().body("certified", equalTo(true));
    check(officer, expiry.minusDays(1))
        .then()
        .body("certified", equalTo(true))
        .body("expiresOn", equalTo(expiry.toString()))
        .body("certificationId", equalTo(passed.jsonPath().getInt("certification.id")));
    check(officer, expiry).then().body("certified", equalTo(true));
    check(officer, expiry.plusDays(1))
        .then()
        .body("certified", equalTo(false))
        .body("certificationId", nullValue());
    check(s.officers().get(1), TODAY).then().body("certified", equalTo(false));

    // The certification itself: listed for the officer's agency and the provider, hidden from
    // others.
    int certificationId = passed.jsonPath().getInt("certification.id");
    given()
        .header("Authorization", SNM_COORDINATOR)
        .queryParam("officerId", officer)
        .get("/api/v1/training/certifications")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("items.id", contains(certificationId));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .queryParam("competency", "PROTECTION_SCREENING")
        .queryParam("expiringBefore", expiry.plusDays(1).toString())
        .queryParam("limit", 200)
        .get("/api/v1/training/certifications")
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.hasItem(certificationId));
    given()
        .header("Authorization", SNM_COORDINATOR)
        .get("/api/v1/training/certifications/" + certificationId)
        .then()
        .statusCode(200)
        .body("officerId", equalTo((int) officer))
        .body("expiresOn", equalTo(expiry.toString()));
    given()
        .header("Authorization", Fixtures.DOS_COORDINATOR)
        .get("/api/v1/training/certifications/" + certificationId)
        .then()
        .statusCode(404);
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from certification where enrollment_id in ("
                + good
                + ","
                + absent
                + ","
                + lowScore
                + ")"));
  }

  @Test
  void aDayIsMarkedOnceThenCorrectedWithIfMatch() {
    Started s = started(1);
    long enrollment = s.enrollments().get(0);
    mark(s.session(), TODAY, Map.of(enrollment, "ABSENT"));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new AttendanceRequest(
                    TODAY, List.of(new AttendanceEntry(enrollment, AttendanceMark.PRESENT)))))
        .post("/api/v1/training/sessions/" + s.session() + "/attendance")
        .then()
        .statusCode(409)
        .body("reasons[0]", startsWith("Enrollment " + enrollment + " already has a mark"));
    long markId =
        given()
            .header("Authorization", DHS_COORDINATOR)
            .queryParam("day", TODAY.toString())
            .get("/api/v1/training/sessions/" + s.session() + "/attendance")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new AttendanceCorrection(AttendanceMark.EXCUSED)))
        .put("/api/v1/training/sessions/" + s.session() + "/attendance/" + markId)
        .then()
        .statusCode(200)
        .body("status", equalTo("EXCUSED"));
  }

  @Test
  void attendanceOutsideTheSessionOrInTheFutureIsRefused() {
    Started s = started(1);
    long enrollment = s.enrollments().get(0);
    for (LocalDate day : List.of(TODAY.minusDays(5), TODAY.plusDays(1))) {
      given()
          .header("Authorization", DHS_COORDINATOR)
          .contentType(ContentType.JSON)
          .body(
              Fixtures.json(
                  new AttendanceRequest(
                      day, List.of(new AttendanceEntry(enrollment, AttendanceMark.PRESENT)))))
          .post("/api/v1/training/sessions/" + s.session() + "/attendance")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("day"));
    }
  }

  @Test
  void resultsWaitForTheSessionToStart() {
    long session = Fixtures.openSession(Fixtures.course("BIOMETRICS"), 5);
    long id =
        Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR)
            .jsonPath()
            .getLong("id");
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .post("/api/v1/training/enrollments/" + id + "/approval")
        .then()
        .statusCode(200);
    complete(id, 90).then().statusCode(409).body("detail", startsWith("The session is OPEN"));
  }

  @Test
  void summaryCountsTrainedOfficersAndCostPerOfficer() {
    Started s = started(2);
    for (int d = 0; d < 5; d++) {
      mark(
          s.session(),
          TODAY.minusDays(4 - d),
          Map.of(s.enrollments().get(0), "PRESENT", s.enrollments().get(1), "PRESENT"));
    }
    complete(s.enrollments().get(0), 90).then().body("status", equalTo("PASSED"));
    complete(s.enrollments().get(1), 90).then().body("status", equalTo("PASSED"));
    Fixtures.moveSession(s.session(), "COMPLETED");
    given()
        .header("Authorization", Fixtures.DOS_FUNDING_OFFICER)
        .get("/api/v1/training/reports/summary")
        .then()
        .statusCode(200)
        .body(
            "trainedOfficers.find { it.agency == 'PA-SNM' && it.competency == 'PROTECTION_SCREENING' }.officers",
            org.hamcrest.Matchers.greaterThanOrEqualTo(2))
        .body(
            "costs.find { it.competency == 'PROTECTION_SCREENING' }.totalCost.currency",
            equalTo("USD"));
  }
}
