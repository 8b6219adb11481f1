package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.training.Fixtures.DHS_COORDINATOR;
import static org.puente.training.Fixtures.SNM_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NominationTest {

  @Test
  void partnerCannotNominateAnotherAgencysOfficer() {
    long session = Fixtures.openSession(Fixtures.course("BIOMETRICS"), 5);
    long dhsOfficer = Fixtures.officer(DHS_COORDINATOR);
    Fixtures.vet(dhsOfficer, "CLEARED", LocalDate.now().plusYears(1));
    // The partner cannot even see the DHS officer.
    Fixtures.nominate(session, dhsOfficer, SNM_COORDINATOR).then().statusCode(404);
    // The provider sees the SNM officer, but nominates only its own.
    long snmOfficer = Fixtures.clearedSnmOfficer();
    Fixtures.nominate(session, snmOfficer, DHS_COORDINATOR)
        .then()
        .statusCode(403)
        .body("detail", equalTo("A coordinator nominates only officers of their own agency"));
    assertEquals(
        0, Fixtures.count("select count(*) from enrollment where session_id = " + session));
  }

  @Test
  void officerWithoutClearedVettingCannotBeEnrolled() {
    long session = Fixtures.openSession(Fixtures.course("BIOMETRICS"), 5);
    long pending = Fixtures.officer(SNM_COORDINATOR);
    Fixtures.nominate(session, pending, SNM_COORDINATOR)
        .then()
        .statusCode(409)
        .body("reasons", contains("Vetting is PENDING; enrolment needs CLEARED vetting"));
    long denied = Fixtures.officer(SNM_COORDINATOR);
    Fixtures.vet(denied, "DENIED", null);
    Fixtures.nominate(session, denied, SNM_COORDINATOR)
        .then()
        .statusCode(409)
        .body("reasons[0]", startsWith("Vetting is DENIED"));
    // A clearance that lapses before the session ends is not enough either.
    long lapsing = Fixtures.officer(SNM_COORDINATOR);
    Fixtures.vet(lapsing, "CLEARED", LocalDate.now().plusDays(31));
    Fixtures.nominate(session, lapsing, SNM_COORDINATOR)
        .then()
        .statusCode(409)
        .body("reasons[0]", startsWith("Vetting expires on"));
    assertEquals(
        0, Fixtures.count("select count(*) from enrollment where session_id = " + session));
  }

  @Test
  void prerequisitesMustBeHeld() {
    long course = Fixtures.course("PROTECTION_SCREENING", 24, List.of("INTERVIEWING"));
    long session = Fixtures.openSession(course, 5);
    Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR)
        .then()
        .statusCode(409)
        .body("reasons", contains("Prerequisite not held: a valid INTERVIEWING certification"));
  }

  @Test
  void nominationsOnlyWhileOpen() {
    long session = Fixtures.plannedSession(Fixtures.course("BIOMETRICS"), 5);
    Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR)
        .then()
        .statusCode(409)
        .body("detail", startsWith("The session is PLANNED"));
  }

  @Test
  void capacityWaitingListAndPromotion() {
    long session = Fixtures.openSession(Fixtures.course("BIOMETRICS"), 2);
    Response first = Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR);
    first.then().statusCode(201).body("status", equalTo("NOMINATED"));
    Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR)
        .then()
        .body("status", equalTo("NOMINATED"));
    Response third = Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR);
    third.then().body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
    Response fourth = Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR);
    fourth.then().body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));

    // The same officer cannot hold two places.
    long firstOfficer = first.jsonPath().getLong("officerId");
    Fixtures.nominate(session, firstOfficer, SNM_COORDINATOR).then().statusCode(409);

    // Approve the first, then withdraw it: the seat goes to the first in line.
    long firstId = first.jsonPath().getLong("id");
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .post("/api/v1/training/enrollments/" + firstId + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("ENROLLED"));
    given()
        .header("Authorization", SNM_COORDINATOR)
        .header("If-Match", "\"1\"")
        .post("/api/v1/training/enrollments/" + firstId + "/withdrawal")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    given()
        .header("Authorization", SNM_COORDINATOR)
        .get("/api/v1/training/enrollments/" + third.jsonPath().getLong("id"))
        .then()
        .body("status", equalTo("NOMINATED"));
    given()
        .header("Authorization", SNM_COORDINATOR)
        .get("/api/v1/training/enrollments/" + fourth.jsonPath().getLong("id"))
        .then()
        .body("status", equalTo("WAITLISTED"))
        .body("waitlistPosition", equalTo(1));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .get("/api/v1/training/sessions/" + session)
        .then()
        .body("seatsTaken", equalTo(2))
        .body("waitlisted", equalTo(1));
  }

  @Test
  void rejectionFreesTheSeatToo() {
    long session = Fixtures.openSession(Fixtures.course("BIOMETRICS"), 1);
    Response first = Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR);
    Response second = Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR);
    second.then().body("status", equalTo("WAITLISTED"));
    // A partner cannot reject.
    given()
        .header("Authorization", SNM_COORDINATOR)
        .header("If-Match", "\"0\"")
        .post("/api/v1/training/enrollments/" + first.jsonPath().getLong("id") + "/rejection")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .post("/api/v1/training/enrollments/" + first.jsonPath().getLong("id") + "/rejection")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .get("/api/v1/training/enrollments/" + second.jsonPath().getLong("id"))
        .then()
        .body("status", equalTo("NOMINATED"));
  }

  @Test
  void partnerSeesOnlyItsOwnNominations() {
    long session = Fixtures.openSession(Fixtures.course("BIOMETRICS"), 5);
    long snm =
        Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR)
            .jsonPath()
            .getLong("id");
    long dhsOfficer = Fixtures.officer(DHS_COORDINATOR);
    Fixtures.vet(dhsOfficer, "CLEARED", LocalDate.now().plusYears(1));
    long dhs = Fixtures.nominate(session, dhsOfficer, DHS_COORDINATOR).jsonPath().getLong("id");
    given()
        .header("Authorization", SNM_COORDINATOR)
        .get("/api/v1/training/sessions/" + session + "/nominations")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("items.id", contains((int) snm));
    given()
        .header("Authorization", SNM_COORDINATOR)
        .get("/api/v1/training/enrollments/" + dhs)
        .then()
        .statusCode(404);
    given()
        .header("Authorization", DHS_COORDINATOR)
        .get("/api/v1/training/sessions/" + session + "/nominations")
        .then()
        .body("items.id", hasItem((int) dhs))
        .body("items.id", hasItem((int) snm));
  }

  @Test
  void concurrentNominationsForTheLastSeatNeverOverfill() throws Exception {
    long session = Fixtures.openSession(Fixtures.course("BIOMETRICS"), 3);
    Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR)
        .then()
        .statusCode(201);
    Fixtures.nominate(session, Fixtures.clearedSnmOfficer(), SNM_COORDINATOR)
        .then()
        .statusCode(201);
    List<Long> officers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      officers.add(Fixtures.clearedSnmOfficer());
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<Response>> calls = new ArrayList<>();
    for (long officer : officers) {
      calls.add(() -> Fixtures.nominate(session, officer, SNM_COORDINATOR));
    }
    int nominated = 0;
    int waitlisted = 0;
    for (Future<Response> f : pool.invokeAll(calls)) {
      Response r = f.get();
      assertEquals(201, r.statusCode(), r.asString());
      if ("NOMINATED".equals(r.jsonPath().getString("status"))) {
        nominated++;
      } else if ("WAITLISTED".equals(r.jsonPath().getString("status"))) {
        waitlisted++;
      }
    }
    pool.shutdown();
    assertEquals(1, nominated, "exactly one took the last seat");
    assertEquals(19, waitlisted);
    assertEquals(
        3,
        Fixtures.count(
            "select count(*) from enrollment where session_id = "
                + session
                + " and status in ('NOMINATED','ENROLLED','PASSED','FAILED')"));
  }
}
