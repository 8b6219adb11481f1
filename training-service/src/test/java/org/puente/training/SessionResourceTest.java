package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.puente.training.Fixtures.DHS_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;

@QuarkusTest
class SessionResourceTest {

  @Test
  void sessionFollowsItsStatusFlow() {
    long course = Fixtures.course("REMOVAL_ESCORT");
    long session = Fixtures.plannedSession(course, 10);
    given()
        .header("Authorization", Fixtures.DOS_FUNDING_OFFICER)
        .get("/api/v1/training/sessions/" + session)
        .then()
        .statusCode(200)
        .body("status", equalTo("PLANNED"))
        .body("cost.amount", equalTo("12000.00"))
        .body("cost.currency", equalTo("USD"))
        .body("seatsTaken", equalTo(0));
    // PLANNED cannot jump to COMPLETED.
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag("/api/v1/training/sessions/" + session, DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new SessionTransition(SessionStatus.COMPLETED, null)))
        .post("/api/v1/training/sessions/" + session + "/transitions")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Fixtures.moveSession(session, "OPEN");
    Fixtures.moveSession(session, "IN_PROGRESS");
    Fixtures.moveSession(session, "COMPLETED");
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag("/api/v1/training/sessions/" + session, DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new SessionTransition(SessionStatus.CANCELLED, "too late")))
        .post("/api/v1/training/sessions/" + session + "/transitions")
        .then()
        .statusCode(409);
  }

  @Test
  void cancellingNeedsAReason() {
    long session = Fixtures.plannedSession(Fixtures.course("BIOMETRICS"), 10);
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag("/api/v1/training/sessions/" + session, DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new SessionTransition(SessionStatus.CANCELLED, null)))
        .post("/api/v1/training/sessions/" + session + "/transitions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
  }

  @Test
  void capacityCannotDropBelowSeatsHeld() {
    long course = Fixtures.course("BIOMETRICS");
    long session = Fixtures.openSession(course, 3);
    Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), Fixtures.SNM_COORDINATOR)
        .then()
        .statusCode(201);
    Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), Fixtures.SNM_COORDINATOR)
        .then()
        .statusCode(201);
    LocalDate start = LocalDate.now().plusDays(30);
    SessionRequest body = Fixtures.sessionBody(course, 1, start, start.plusDays(4));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag("/api/v1/training/sessions/" + session, DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(body))
        .put("/api/v1/training/sessions/" + session)
        .then()
        .statusCode(409)
        .body("detail", equalTo("Capacity 1 is below the 2 seats already held"));
    SessionRequest two = Fixtures.sessionBody(course, 2, start, start.plusDays(4));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", Fixtures.etag("/api/v1/training/sessions/" + session, DHS_COORDINATOR))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(two))
        .put("/api/v1/training/sessions/" + session)
        .then()
        .statusCode(200)
        .body("capacity", equalTo(2))
        .body("seatsTaken", equalTo(2));
  }

  @Test
  void endBeforeStartIsRefused() {
    long course = Fixtures.course("BIOMETRICS");
    LocalDate start = LocalDate.now().plusDays(10);
    given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(Fixtures.sessionBody(course, 5, start, start.minusDays(1))))
        .post("/api/v1/training/sessions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("endDate"));
  }

  @Test
  void listFiltersByStatusAndCourse() {
    long course = Fixtures.course("DOCUMENT_EXAMINATION");
    long planned = Fixtures.plannedSession(course, 5);
    long open = Fixtures.openSession(course, 5);
    given()
        .header("Authorization", DHS_COORDINATOR)
        .queryParam("courseId", course)
        .queryParam("status", "OPEN")
        .get("/api/v1/training/sessions")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) open))
        .body("items.id", not(hasItem((int) planned)));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .queryParam("status", "SOMETIMES")
        .get("/api/v1/training/sessions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
  }
}
