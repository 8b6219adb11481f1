package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.training.Fixtures.DHS_COORDINATOR;
import static org.puente.training.Fixtures.SNM_CASE_OFFICER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.puente.training.api.Competency;
import org.puente.training.api.CourseRequest;

@QuarkusTest
class CourseResourceTest {

  @Test
  void createReadListAndUpdate() {
    Response created =
        given()
            .header("Authorization", DHS_COORDINATOR)
            .contentType(ContentType.JSON)
            .body(
                Fixtures.json(
                    Fixtures.courseBody("PROTECTION_SCREENING", 24, List.of("INTERVIEWING"))))
            .post("/api/v1/training/courses");
    created
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", "\"0\"")
        .body("competency", equalTo("PROTECTION_SCREENING"))
        .body("prerequisites", contains("INTERVIEWING"))
        .body("providerAgency", equalTo("US-DHS"));
    long id = created.jsonPath().getLong("id");

    given()
        .header("Authorization", SNM_CASE_OFFICER)
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo((int) id));

    given()
        .header("Authorization", SNM_CASE_OFFICER)
        .queryParam("competency", "PROTECTION_SCREENING")
        .queryParam("limit", 200)
        .get("/api/v1/training/courses")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) id));

    CourseRequest change = Fixtures.courseBody("PROTECTION_SCREENING", 36, List.of());
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(change))
        .put("/api/v1/training/courses/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("certificateValidityMonths", equalTo(36));
  }

  @Test
  void updateWithoutIfMatchIs428AndStaleIs412() {
    long id = Fixtures.course("BIOMETRICS");
    CourseRequest change = Fixtures.courseBody("BIOMETRICS", 6, List.of());
    given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(change))
        .put("/api/v1/training/courses/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(change))
        .put("/api/v1/training/courses/" + id)
        .then()
        .statusCode(200);
    // A second writer who read version 0 is refused, and changes nothing.
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(Fixtures.courseBody("BIOMETRICS", 99, List.of())))
        .put("/api/v1/training/courses/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .header("Authorization", DHS_COORDINATOR)
        .get("/api/v1/training/courses/" + id)
        .then()
        .body("certificateValidityMonths", equalTo(6));
  }

  @Test
  void idempotencyKeyReplaysTheFirstAnswer() throws Exception {
    String key = UUID.randomUUID().toString();
    CourseRequest body = Fixtures.courseBody("INTERVIEWING", 12, List.of());
    long before = Fixtures.count("select count(*) from course");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Callable<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(
          () ->
              given()
                  .header("Authorization", DHS_COORDINATOR)
                  .header("Idempotency-Key", key)
                  .contentType(ContentType.JSON)
                  .body(Fixtures.json(body))
                  .post("/api/v1/training/courses"));
    }
    List<String> bodies = new ArrayList<>();
    for (Future<Response> f : pool.invokeAll(calls)) {
      Response r = f.get();
      assertEquals(201, r.statusCode(), r.asString());
      bodies.add(r.asString());
    }
    pool.shutdown();
    assertEquals(1, bodies.stream().distinct().count(), "every answer is the first one");
    assertEquals(before + 1, Fixtures.count("select count(*) from course"));

    CourseRequest other =
        new CourseRequest(
            body.title(),
            body.competency(),
            80,
            body.language(),
            body.certificateValidityMonths(),
            body.prerequisites());
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(other))
        .post("/api/v1/training/courses")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:puente:problem:idempotency-key-reused"));
    assertEquals(before + 1, Fixtures.count("select count(*) from course"));
  }

  @Test
  void invalidCourseListsEveryFailingField() {
    given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new CourseRequest("", Competency.BIOMETRICS, 0, "fr", 12, null)))
        .post("/api/v1/training/courses")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("hours", "language", "title"));
  }

  @Test
  void unknownCourseIs404Problem() {
    given()
        .header("Authorization", DHS_COORDINATOR)
        .get("/api/v1/training/courses/999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("Course not found"));
  }

  @Test
  void everyChangeIsAuditedWithUserAgencyAndRequestId() {
    String requestId = Fixtures.unique("audit");
    long id =
        given()
            .header("Authorization", DHS_COORDINATOR)
            .header("X-Request-Id", requestId)
            .contentType(ContentType.JSON)
            .body(Fixtures.json(Fixtures.courseBody("BIOMETRICS", 12, List.of())))
            .post("/api/v1/training/courses")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from course_aud a join audit_revision r on r.id = a.rev"
                + " where a.id = "
                + id
                + " and a.revtype = 0 and r.username = 'dhs-coordinator'"
                + " and r.agency = 'US-DHS' and r.request_id = '"
                + requestId
                + "'"));
  }
}
