package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.training.Fixtures.DHS_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.puente.testing.EmbeddedPostgresResource;

/** The conventions every endpoint keeps: bad input is a 4xx problem and changes nothing. */
@QuarkusTest
class ConventionsTest {

  private static long sessions() {
    return Fixtures.count("select count(*) from training_session");
  }

  private static void refused(String body, String contentType, int status) {
    long before = sessions();
    given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(contentType)
        .body(body)
        .post("/api/v1/training/sessions")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body(not(containsString("Exception")))
        .body(not(containsString("at org.")))
        .body(not(containsString("SQL")));
    assertEquals(before, sessions(), "a refused request changes nothing");
  }

  private static String validSession() {
    long course = Fixtures.course("BIOMETRICS");
    LocalDate start = LocalDate.now().plusDays(10);
    return "{\"courseId\":"
        + course
        + ",\"location\":\"Panama\",\"startDate\":\""
        + start
        + "\",\"endDate\":\""
        + start.plusDays(2)
        + "\",\"capacity\":CAPACITY,\"cost\":{\"amount\":\"AMOUNT\",\"currency\":\"USD\"}}";
  }

  @Test
  void malformedJsonIs400() {
    refused("{\"courseId\": 1, \"location\": ", "application/json", 400);
    refused("[1,2,3]", "application/json", 400);
    refused("", "application/json", 400);
  }

  @Test
  void unknownEnumValueNamesTheFieldAndTheValuesAccepted() {
    long before = sessions();
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        // A map, not SessionTransition: the point is a status the enum does not have.
        .body(Map.of("status", "FINISHED"))
        .post(
            "/api/v1/training/sessions/"
                + Fixtures.plannedSession(Fixtures.course("BIOMETRICS"), 5)
                + "/transitions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("status"))
        .body(
            "errors[0].message",
            containsString("PLANNED, OPEN, IN_PROGRESS, COMPLETED, CANCELLED"));
    assertEquals(before + 1, sessions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "0", "501"})
  void capacityOutOfRangeIs400(String capacity) {
    refused(
        validSession().replace("CAPACITY", capacity).replace("AMOUNT", "10.00"),
        "application/json",
        400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5.00", "1.234", "abc", "1e400"})
  void badMoneyIs400(String amount) {
    refused(
        validSession().replace("CAPACITY", "5").replace("AMOUNT", amount), "application/json", 400);
  }

  @Test
  void wrongTypesAndUnknownFieldsAre400() {
    refused(
        validSession().replace("CAPACITY", "\"many\"").replace("AMOUNT", "1.00"),
        "application/json",
        400);
    refused(
        validSession()
            .replace("CAPACITY", "5")
            .replace("AMOUNT", "1.00")
            .replace("{\"courseId\"", "{\"status\":\"OPEN\",\"courseId\""),
        "application/json",
        400);
  }

  @Test
  void nonJsonBodyIs415() {
    refused("courseId=1", "text/plain", 415);
  }

  @Test
  void tenMegabyteBodyIs413() {
    String huge = "{\"location\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
    refused(huge, "application/json", 413);
  }

  @ParameterizedTest
  @ValueSource(strings = {"100000", "0", "-1", "abc"})
  void limitOutOfRangeIs400(String limit) {
    given()
        .header("Authorization", DHS_COORDINATOR)
        .queryParam("limit", limit)
        .get("/api/v1/training/sessions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  void forgedCursorIs400() {
    given()
        .header("Authorization", DHS_COORDINATOR)
        .queryParam("cursor", "not-a-cursor")
        .get("/api/v1/training/courses")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void unknownPathIs404Problem() {
    given()
        .header("Authorization", DHS_COORDINATOR)
        .get("/api/v1/training/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void keysetPaginationReturnsEveryRowExactlyOnceWhileRowsAreInserted() throws Exception {
    for (int i = 0; i < 25; i++) {
      Fixtures.course("INTERVIEWING");
    }
    Set<Long> existing = new HashSet<>();
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl("training"), "postgres", "postgres");
        ResultSet rs = c.createStatement().executeQuery("select id from course")) {
      while (rs.next()) {
        existing.add(rs.getLong(1));
      }
    }
    AtomicBoolean stop = new AtomicBoolean();
    Thread writer =
        new Thread(
            () -> {
              while (!stop.get()) {
                Fixtures.course("INTERVIEWING");
              }
            });
    writer.start();
    List<Long> seen = new ArrayList<>();
    try {
      String cursor = null;
      do {
        Map<String, Object> query = new HashMap<>();
        query.put("limit", 7);
        if (cursor != null) {
          query.put("cursor", cursor);
        }
        JsonPath page =
            given()
                .header("Authorization", DHS_COORDINATOR)
                .queryParams(query)
                .get("/api/v1/training/courses")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        seen.addAll(page.getList("items.id", Long.class));
        cursor = page.getString("nextCursor");
      } while (cursor != null);
    } finally {
      stop.set(true);
      writer.join();
    }
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no row twice");
    assertTrue(new HashSet<>(seen).containsAll(existing), "every row that existed is returned");
  }

  @Test
  void aFullPageCarriesTheCursorOfTheNext() {
    Fixtures.course("INTERVIEWING");
    Fixtures.course("INTERVIEWING");
    given()
        .header("Authorization", DHS_COORDINATOR)
        .queryParam("limit", 1)
        .get("/api/v1/training/courses")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("nextCursor", org.hamcrest.Matchers.notNullValue());
  }
}
