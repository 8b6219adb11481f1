package org.puente.training;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.puente.common.money.Money;
import org.puente.testing.ApiJson;
import org.puente.testing.Database;
import org.puente.testing.TestTokens;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.Competency;
import org.puente.training.api.CompletionRequest;
import org.puente.training.api.CourseRequest;
import org.puente.training.api.NominationRequest;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

/**
 * Builds the data a test needs through the public API, with fresh names and badge numbers so tests
 * never share state or depend on order.
 */
public final class Fixtures {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

  /** The provider's (DHS) training coordinator. */
  public static final String DHS_COORDINATOR =
      TestTokens.user("dhs-coordinator").agency("US-DHS").roles("training-coordinator").bearer();

  /** Panama's (SNM) training coordinator: a partner. */
  public static final String SNM_COORDINATOR =
      TestTokens.user("snm-coordinator").agency("PA-SNM").roles("training-coordinator").bearer();

  public static final String SNM_CASE_OFFICER =
      TestTokens.user("snm-officer").agency("PA-SNM").roles("case-officer").bearer();

  public static final String DOS_FUNDING_OFFICER =
      TestTokens.user("dos-budget").agency("US-DOS").roles("funding-officer").bearer();

  public static final String DOS_COORDINATOR =
      TestTokens.user("dos-coordinator").agency("US-DOS").roles("training-coordinator").bearer();

  private Fixtures() {}

  /**
   * A request record as a client writes it: the JSON of the API, dates as ISO text (RestAssured's
   * own mapper would write a date as an array of numbers).
   */
  public static String json(Object body) {
    return ApiJson.write(body);
  }

  public static String unique(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  public static CourseRequest courseBody(
      String competency, int validityMonths, List<String> prerequisites) {
    return new CourseRequest(
        unique("Course"),
        Competency.valueOf(competency),
        40,
        "es",
        validityMonths,
        prerequisites.stream().map(Competency::valueOf).toList());
  }

  public static long course(String competency) {
    return course(competency, 24, List.of());
  }

  public static long course(String competency, int validityMonths, List<String> prerequisites) {
    return given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(json(courseBody(competency, validityMonths, prerequisites)))
        .post("/api/v1/training/courses")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static SessionRequest sessionBody(
      long courseId, int capacity, LocalDate start, LocalDate end) {
    return new SessionRequest(
        courseId,
        "SNM training centre, Panama City",
        start,
        end,
        capacity,
        List.of("Instructor A"),
        Money.usd("12000.00"),
        null);
  }

  /** A PLANNED session of 5 days starting in 30 days. */
  public static long plannedSession(long courseId, int capacity) {
    return plannedSession(courseId, capacity, LocalDate.now().plusDays(30));
  }

  public static long plannedSession(long courseId, int capacity, LocalDate start) {
    return given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(json(sessionBody(courseId, capacity, start, start.plusDays(4))))
        .post("/api/v1/training/sessions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static long openSession(long courseId, int capacity) {
    long id = plannedSession(courseId, capacity);
    moveSession(id, "OPEN");
    return id;
  }

  public static void moveSession(long sessionId, String status) {
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", etag("/api/v1/training/sessions/" + sessionId, DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(json(new SessionTransition(SessionStatus.valueOf(status), "test")))
        .post("/api/v1/training/sessions/" + sessionId + "/transitions")
        .then()
        .statusCode(200);
  }

  public static String etag(String path, String token) {
    return given()
        .header("Authorization", token)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** An officer of the coordinator's agency, vetting still PENDING. */
  public static long officer(String coordinator) {
    return given()
        .header("Authorization", coordinator)
        .contentType(ContentType.JSON)
        .body(
            json(
                new OfficerRequest(
                    "Test", unique("Officer"), "B-" + UUID.randomUUID(), "Inspector")))
        .post("/api/v1/training/officers")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static void vet(long officerId, String status, LocalDate expiresOn) {
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", etag("/api/v1/training/officers/" + officerId, DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(json(new VettingRequest(VettingStatus.valueOf(status), expiresOn)))
        .put("/api/v1/training/officers/" + officerId + "/vetting")
        .then()
        .statusCode(200);
  }

  /** An SNM officer cleared for a year. */
  public static long clearedSnmOfficer() {
    long id = officer(SNM_COORDINATOR);
    vet(id, "CLEARED", LocalDate.now().plusYears(1));
    return id;
  }

  public static Response nominate(long sessionId, long officerId, String coordinator) {
    return given()
        .header("Authorization", coordinator)
        .contentType(ContentType.JSON)
        .body(json(new NominationRequest(officerId)))
        .post("/api/v1/training/sessions/" + sessionId + "/nominations");
  }

  /** Runs a count query directly against the service's database. */
  public static long count(String sql) {
    return Database.named("training").count(sql);
  }

  /** The first column of the first row as text (null when there is no row or it is null). */
  public static String text(String sql) {
    try (Connection c = Database.named("training").connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An officer certified by a course they passed, and the certification. */
  public record Certified(long officerId, long certificationId) {}

  /**
   * An SNM officer, cleared for a year, who passed a 5-day course ending today (UTC) and holds its
   * certification in {@code competency} for 12 months.
   */
  public static Certified certifiedSnmOfficer(String competency) {
    return certifiedSnmOfficer(competency, 12);
  }

  /**
   * As {@link #certifiedSnmOfficer(String)}, the certification valid for {@code validityMonths}.
   */
  public static Certified certifiedSnmOfficer(String competency, int validityMonths) {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Panama"));
    long course = course(competency, validityMonths, List.of());
    long session = plannedSession(course, 5, today.minusDays(4));
    moveSession(session, "OPEN");
    long officer = clearedSnmOfficer();
    long enrollment = nominate(session, officer, SNM_COORDINATOR).jsonPath().getLong("id");
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .post("/api/v1/training/enrollments/" + enrollment + "/approval")
        .then()
        .statusCode(200);
    moveSession(session, "IN_PROGRESS");
    for (int d = 4; d >= 0; d--) {
      given()
          .header("Authorization", DHS_COORDINATOR)
          .contentType(ContentType.JSON)
          .body(
              json(
                  new AttendanceRequest(
                      today.minusDays(d),
                      List.of(new AttendanceEntry(enrollment, AttendanceMark.PRESENT)))))
          .post("/api/v1/training/sessions/" + session + "/attendance")
          .then()
          .statusCode(201);
    }
    long certification =
        given()
            .header("Authorization", DHS_COORDINATOR)
            .header("If-Match", etag("/api/v1/training/enrollments/" + enrollment, DHS_COORDINATOR))
            .contentType(ContentType.JSON)
            .body(json(new CompletionRequest(90)))
            .post("/api/v1/training/enrollments/" + enrollment + "/completion")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("certification.id");
    return new Certified(officer, certification);
  }
}
