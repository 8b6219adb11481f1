package org.puente.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * HTTP steps the end-to-end and integration suites share: calls as a named user, with the ETag
 * dance, and the longer flows (certifying an officer). Who the users are and where the services are
 * is the suite's business: {@code bearer} gives a user's {@code Authorization} value, {@code url}
 * turns an API path into the address to call.
 */
public final class Steps {

  private final Function<String, String> bearer;
  private final BiFunction<String, String, String> url;

  /** Steps at one address for everyone: {@code url} makes a path an address. */
  public Steps(Function<String, String> bearer, UnaryOperator<String> url) {
    this(bearer, (user, path) -> url.apply(path));
  }

  /**
   * Steps where each user works at an address of their own (their agency's gateway): {@code url}
   * makes a user's path an address.
   */
  public Steps(Function<String, String> bearer, BiFunction<String, String, String> url) {
    this.bearer = bearer;
    this.url = url;
  }

  public Response get(String user, String path) {
    return given().header("Authorization", bearer.apply(user)).get(url.apply(user, path));
  }

  public Response post(String user, String path, Object body) {
    return given()
        .header("Authorization", bearer.apply(user))
        .contentType(ContentType.JSON)
        .body(body)
        .post(url.apply(user, path));
  }

  /** A change to the resource at {@code path} minus its last segment, with its current ETag. */
  public Response postIfMatch(String user, String path, Object body) {
    return postIfMatch(user, path, path.substring(0, path.lastIndexOf('/')), body);
  }

  public Response postIfMatch(String user, String path, String resource, Object body) {
    return given()
        .header("Authorization", bearer.apply(user))
        .header("If-Match", etag(user, resource))
        .contentType(ContentType.JSON)
        .body(body)
        .post(url.apply(user, path));
  }

  public String etag(String user, String path) {
    return get(user, path).then().statusCode(200).extract().header("ETag");
  }

  /** The id of what a 201 created. */
  public static long id(Response r) {
    r.then().statusCode(201);
    return r.jsonPath().getLong("id");
  }

  /**
   * A DHS course whose session ran the five days up to {@code today}, with the officer nominated by
   * the SNM coordinator and passing it: the officer holds {@code competency} from today. Acts as
   * {@code dhs-coordinator} and {@code snm-coordinator}.
   */
  public void certify(String competency, long officer, LocalDate today) {
    String training = "/api/v1/training";
    long course =
        id(
            post(
                "dhs-coordinator",
                training + "/courses",
                Map.of(
                    "title",
                    competency + " for SNM officers",
                    "competency",
                    competency,
                    "hours",
                    40,
                    "language",
                    "es",
                    "certificateValidityMonths",
                    24)));
    long session =
        id(
            post(
                "dhs-coordinator",
                training + "/sessions",
                Map.of(
                    "courseId",
                    course,
                    "location",
                    "SNM training centre, Panama City",
                    "startDate",
                    today.minusDays(4).toString(),
                    "endDate",
                    today.toString(),
                    "capacity",
                    20,
                    "instructors",
                    List.of("DHS instructor"),
                    "cost",
                    Map.of("amount", "18000.00", "currency", "USD"))));
    postIfMatch(
            "dhs-coordinator",
            training + "/sessions/" + session + "/transitions",
            Map.of("status", "OPEN"))
        .then()
        .statusCode(200);
    long enrollment =
        id(
            post(
                "snm-coordinator",
                training + "/sessions/" + session + "/nominations",
                Map.of("officerId", officer)));
    postIfMatch("dhs-coordinator", training + "/enrollments/" + enrollment + "/approval", Map.of())
        .then()
        .statusCode(200);
    postIfMatch(
            "dhs-coordinator",
            training + "/sessions/" + session + "/transitions",
            Map.of("status", "IN_PROGRESS"))
        .then()
        .statusCode(200);
    for (int d = 4; d >= 0; d--) {
      post(
              "dhs-coordinator",
              training + "/sessions/" + session + "/attendance",
              Map.of(
                  "day",
                  today.minusDays(d).toString(),
                  "records",
                  List.of(Map.of("enrollmentId", enrollment, "status", "PRESENT"))))
          .then()
          .statusCode(201);
    }
    postIfMatch(
            "dhs-coordinator",
            training + "/enrollments/" + enrollment + "/completion",
            Map.of("score", 88))
        .then()
        .statusCode(200)
        .body("status", equalTo("PASSED"))
        .body("certification.competency", equalTo(competency));
  }
}
