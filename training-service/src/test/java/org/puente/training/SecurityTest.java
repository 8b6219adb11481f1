package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.puente.testing.TestTokenEndpoint;
import org.puente.testing.TestTokens;

/** Every request is authenticated by a verified token and authorised by role and agency. */
@QuarkusTest
class SecurityTest {

  static Stream<Arguments> brokenTokens() {
    return Stream.of(
        Arguments.of("expired", coordinator().expired().token()),
        Arguments.of("not yet valid", coordinator().notYetValid().token()),
        Arguments.of(
            "wrong issuer", coordinator().issuer("https://evil.example/realms/puente").token()),
        Arguments.of("wrong audience", coordinator().audience("another-app").token()),
        Arguments.of("a realm claiming another agency", coordinator().realm("pa-snm").token()),
        Arguments.of(
            "a realm not trusted",
            coordinator().realm("elsewhere").issuer(untrustedRealm()).token()),
        Arguments.of("an ID token", coordinator().type("ID").token()),
        Arguments.of("bad signature", coordinator().badSignature().token()),
        Arguments.of("alg none", coordinator().algNone().token()),
        Arguments.of("garbage", "not-a-jwt"));
  }

  /** A realm that publishes its keys like the others, but that no one here trusts. */
  private static String untrustedRealm() {
    return TestTokenEndpoint.shared().url() + "/realms/elsewhere";
  }

  private static TestTokens coordinator() {
    return TestTokens.user("dhs-coordinator").agency("US-DHS").roles("training-coordinator");
  }

  @Test
  void noTokenIs401ProblemWithChallenge() {
    given()
        .get("/api/v1/training/courses")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("status", equalTo(401))
        .body("type", equalTo("urn:puente:problem:unauthorized"));
  }

  @ParameterizedTest(name = "{0} token is refused")
  @MethodSource("brokenTokens")
  void brokenTokenIs401(String kind, String token) {
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/training/courses")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @ParameterizedTest(name = "{0} token cannot create either")
  @MethodSource("brokenTokens")
  void brokenTokenChangesNothing(String kind, String token) {
    long before = Fixtures.count("select count(*) from course");
    given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(Fixtures.courseBody("BIOMETRICS", 12, List.of())))
        .post("/api/v1/training/courses")
        .then()
        .statusCode(401);
    org.junit.jupiter.api.Assertions.assertEquals(
        before, Fixtures.count("select count(*) from course"));
  }

  @Test
  void validTokenIsAccepted() {
    given()
        .header("Authorization", coordinator().bearer())
        .get("/api/v1/training/courses")
        .then()
        .statusCode(200);
  }

  @Test
  void wrongRoleIs403() {
    given()
        .header("Authorization", Fixtures.SNM_CASE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(Fixtures.courseBody("BIOMETRICS", 12, List.of())))
        .post("/api/v1/training/courses")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void partnerCoordinatorCannotManageTheCatalogue() {
    given()
        .header("Authorization", Fixtures.SNM_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(Fixtures.courseBody("BIOMETRICS", 12, List.of())))
        .post("/api/v1/training/courses")
        .then()
        .statusCode(403)
        .body("detail", startsWith("Only a training coordinator of US-DHS"));
  }

  /** Keys are fetched once per key id and cached: verifying a token asks the issuer nothing. */
  @Test
  void verifyingTokensDoesNotAskTheIssuerEachTime() {
    String token = coordinator().bearer();
    given().header("Authorization", token).get("/api/v1/training/courses").then().statusCode(200);
    int fetches = TestTokenEndpoint.shared().keyFetches();
    for (int i = 0; i < 20; i++) {
      given()
          .header("Authorization", coordinator().bearer())
          .get("/api/v1/training/courses")
          .then()
          .statusCode(200);
    }
    assertEquals(fetches, TestTokenEndpoint.shared().keyFetches());
  }

  /**
   * A token is verified in full once; the same token again is recognised without a second signature
   * check, until it expires: then it is refused like any expired token.
   */
  @Test
  void aTokenIsVerifiedOnceAndRecognisedOnlyUntilItExpires() {
    // The service warmed up first: the token's few seconds are for the test, not the first call.
    given()
        .header("Authorization", coordinator().bearer())
        .get("/api/v1/training/courses")
        .then()
        .statusCode(200);
    String token = coordinator().expiresIn(java.time.Duration.ofSeconds(4)).bearer();
    double verified = verifications("verified");
    double cached = verifications("cached");
    for (int i = 0; i < 5; i++) {
      given().header("Authorization", token).get("/api/v1/training/courses").then().statusCode(200);
    }
    assertEquals(verified + 1, verifications("verified"));
    assertEquals(cached + 4, verifications("cached"));
    org.puente.testing.Eventually.within(
        java.time.Duration.ofSeconds(15),
        () ->
            given()
                .header("Authorization", token)
                .get("/api/v1/training/courses")
                .then()
                .statusCode(401));
  }

  /** Recognising a verified token never lets a forged copy of it through. */
  @Test
  void aTamperedCopyOfARecognisedTokenIsRefused() {
    String token = coordinator().token();
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/training/courses")
        .then()
        .statusCode(200);
    String[] parts = token.split("\\.");
    String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    String otherClaims =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("training-coordinator", "training-coordinatoR")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "."
            + parts[2];
    for (String forged : List.of(otherSignature, otherClaims, token + "x", " " + token + "a")) {
      given()
          .header("Authorization", "Bearer " + forged)
          .get("/api/v1/training/courses")
          .then()
          .statusCode(401);
    }
  }

  @jakarta.inject.Inject io.micrometer.core.instrument.MeterRegistry registry;

  private double verifications(String result) {
    return registry.counter("puente.token.verifications", "result", result).count();
  }

  /** A realm vouches only for its own agency: a token naming none is no trusted realm's. */
  @Test
  void tokenWithoutAgencyIs401() {
    given()
        .header("Authorization", TestTokens.user("nobody").roles("training-coordinator").bearer())
        .get("/api/v1/training/courses")
        .then()
        .statusCode(401);
  }

  @Test
  void requestIdIsKeptOrMade() {
    given()
        .header("X-Request-Id", "abc-123")
        .header("Authorization", coordinator().bearer())
        .get("/api/v1/training/courses")
        .then()
        .header("X-Request-Id", "abc-123");
    given()
        .get("/api/v1/training/courses")
        .then()
        .statusCode(401)
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
        .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    given()
        .header("X-Request-Id", "bad id with spaces\tand tabs")
        .get("/api/v1/training/courses")
        .then()
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  void healthAndOpenApiNeedNoToken() {
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/openapi?format=json").then().statusCode(200);
  }
}
