package org.puente.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.puente.common.money.Money;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.Competency;
import org.puente.training.api.CompletionRequest;
import org.puente.training.api.CourseRequest;
import org.puente.training.api.NominationRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.TrainingPaths;

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

  /** A POST with {@code body}: an API record (written by {@link ApiJson}), or none if null. */
  public Response post(String user, String path, Object body) {
    return withBody(given().header("Authorization", bearer.apply(user)), body)
        .post(url.apply(user, path));
  }

  /** A change to the resource at {@code path} minus its last segment, with its current ETag. */
  public Response postIfMatch(String user, String path, Object body) {
    return postIfMatch(user, path, path.substring(0, path.lastIndexOf('/')), body);
  }

  public Response postIfMatch(String user, String path, String resource, Object body) {
    return withBody(
            given()
                .header("Authorization", bearer.apply(user))
                .header("If-Match", etag(user, resource)),
            body)
        .post(url.apply(user, path));
  }

  private static RequestSpecification withBody(RequestSpecification request, Object body) {
    return body == null ? request : request.contentType(ContentType.JSON).body(ApiJson.wire(body));
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
    String training = TrainingPaths.ROOT;
    long course =
        id(
            post(
                "dhs-coordinator",
                training + TrainingPaths.COURSES,
                new CourseRequest(
                    competency + " for SNM officers",
                    Competency.valueOf(competency),
                    40,
                    "es",
                    24,
                    null)));
    long session =
        id(
            post(
                "dhs-coordinator",
                training + TrainingPaths.SESSIONS,
                new SessionRequest(
                    course,
                    "SNM training centre, Panama City",
                    today.minusDays(4),
                    today,
                    20,
                    List.of("DHS instructor"),
                    Money.usd("18000.00"),
                    null)));
    postIfMatch(
            "dhs-coordinator",
            training + "/sessions/" + session + "/transitions",
            new SessionTransition(SessionStatus.OPEN, null))
        .then()
        .statusCode(200);
    long enrollment =
        id(
            post(
                "snm-coordinator",
                training + "/sessions/" + session + "/nominations",
                new NominationRequest(officer)));
    // An approval has no body.
    postIfMatch("dhs-coordinator", training + "/enrollments/" + enrollment + "/approval", null)
        .then()
        .statusCode(200);
    postIfMatch(
            "dhs-coordinator",
            training + "/sessions/" + session + "/transitions",
            new SessionTransition(SessionStatus.IN_PROGRESS, null))
        .then()
        .statusCode(200);
    for (int d = 4; d >= 0; d--) {
      post(
              "dhs-coordinator",
              training + "/sessions/" + session + "/attendance",
              new AttendanceRequest(
                  today.minusDays(d),
                  List.of(new AttendanceEntry(enrollment, AttendanceMark.PRESENT))))
          .then()
          .statusCode(201);
    }
    postIfMatch(
            "dhs-coordinator",
            training + "/enrollments/" + enrollment + "/completion",
            new CompletionRequest(88))
        .then()
        .statusCode(200)
        .body("status", equalTo("PASSED"))
        .body("certification.competency", equalTo(competency));
  }
}
