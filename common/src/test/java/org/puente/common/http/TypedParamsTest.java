package org.puente.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.http.TypedParamsResource.Shade;
import org.puente.common.problem.Problem;
import org.puente.common.problem.ProblemException;
import org.puente.common.problem.ProblemType;

/**
 * Typed query parameters ({@link TypedParams}) in a running Quarkus REST: a value that does not
 * read is a 400 problem naming the parameter, with the message {@link Params} gives, not a 404.
 */
@QuarkusTest
class TypedParamsTest {

  @Test
  void valuesAreReadAsTheirTypes() {
    given()
        .queryParam("shade", "DARK")
        .queryParam("day", "2024-08-20")
        .queryParam("since", "2024-08-20T14:00:00Z")
        .queryParam("courseId", "7")
        .queryParam("offset", "-3")
        .get("/typed-params")
        .then()
        .statusCode(200)
        .body(equalTo("DARK 2024-08-20 2024-08-20T14:00:00Z 7 -3"));
  }

  @Test
  void anAbsentOrBlankValueIsNoValue() {
    given().get("/typed-params").then().statusCode(200).body(equalTo("null null null null null"));
    given()
        .queryParam("shade", "")
        .queryParam("day", " ")
        .queryParam("since", "")
        .queryParam("courseId", "")
        .get("/typed-params")
        .then()
        .statusCode(200)
        .body(equalTo("null null null null null"));
  }

  @Test
  void anUnknownEnumValueIsA400NamingTheParameter() {
    refused("shade", "PURPLE", () -> Params.enumOf(Shade.class, "shade", "PURPLE"));
    refused("shade", "dark", () -> Params.enumOf(Shade.class, "shade", "dark"));
  }

  @Test
  void aDateThatIsNotIsoIsA400() {
    refused("day", "20-08-2024", () -> Params.date("day", "20-08-2024"));
    refused("day", "2024-02-30", () -> Params.date("day", "2024-02-30"));
  }

  @Test
  void anIdThatIsNotAPositiveIntegerIsA400() {
    for (String bad : new String[] {"abc", "0", "-5", "1.5", "99999999999999999999"}) {
      refused("courseId", bad, () -> Params.id("courseId", bad));
    }
  }

  @Test
  void aTimestampOrIntegerThatDoesNotReadIsA400() {
    refused("since", "yesterday", TypedParams.TIMESTAMP);
    refused("offset", "many", TypedParams.INTEGER);
  }

  /** The answer to a bad value: the same problem as {@link Params} raises for it. */
  private static void refused(String name, String value, Runnable params) {
    ProblemException expected = assertThrows(ProblemException.class, params::run, value);
    refused(name, value, expected.errors().get(0).message());
  }

  private static void refused(String name, String value, String message) {
    Problem problem =
        given()
            .queryParam(name, value)
            .get("/typed-params")
            .then()
            .statusCode(400)
            .contentType(Problem.MEDIA_TYPE)
            .extract()
            .as(Problem.class);
    assertEquals(ProblemType.VALIDATION.uri(), problem.type(), value);
    assertEquals(name + ": " + message, problem.detail(), value);
    assertEquals(List.of(new Problem.FieldError(name, message)), problem.errors(), value);
    assertEquals("/typed-params", problem.instance(), value);
  }
}
