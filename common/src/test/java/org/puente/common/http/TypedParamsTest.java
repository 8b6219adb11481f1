package org.puente.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.problem.Problem;
import org.puente.common.problem.ProblemType;

/**
 * Typed query parameters ({@link TypedParams}) in a running Quarkus REST: a value that does not
 * read is a 400 problem naming the parameter, with the message the string parsing it replaced
 * (Params.enumOf/date/id) gave, not a 404.
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
    refused("shade", "PURPLE", "must be one of LIGHT, DARK");
    refused("shade", "dark", "must be one of LIGHT, DARK");
  }

  @Test
  void aDateThatIsNotIsoIsA400() {
    refused("day", "20-08-2024", "must be an ISO date such as 2024-08-20");
    refused("day", "2024-02-30", "must be an ISO date such as 2024-08-20");
  }

  @Test
  void anIdThatIsNotAPositiveIntegerIsA400() {
    for (String bad : new String[] {"abc", "0", "-5", "1.5", "99999999999999999999"}) {
      refused("courseId", bad, "must be a positive integer id");
    }
  }

  @Test
  void aTimestampOrIntegerThatDoesNotReadIsA400() {
    refused("since", "yesterday", TypedParams.TIMESTAMP);
    refused("offset", "many", TypedParams.INTEGER);
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
