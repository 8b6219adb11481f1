package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.puente.testing.OpenApiContract;

/** The published contract is valid OpenAPI 3 and documents every operation fully. */
@QuarkusTest
class OpenApiTest {

  @Test
  void everyOperationHasAnIdAndItsProblemResponses() {
    OpenApiContract.assertComplete("/api/v1/training/", 26);
  }

  @Test
  void theCheckSaysItsExpiryIsTheEarlierOfCertificateAndClearance() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(
            "components.schemas.CertificationCheck.properties.expiresOn.description",
            containsString("earlier of the certificate's expiry and the end of the officer's"));
  }
}
