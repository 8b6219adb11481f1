package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.puente.training.Fixtures.DHS_COORDINATOR;
import static org.puente.training.Fixtures.SNM_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

@QuarkusTest
class OfficerResourceTest {

  @Test
  void partnerRegistersItsOfficerAndTheProviderVetsThem() {
    long id = Fixtures.officer(SNM_COORDINATOR);
    given()
        .header("Authorization", SNM_COORDINATOR)
        .get("/api/v1/training/officers/" + id)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("agency", equalTo("PA-SNM"))
        .body("vettingStatus", equalTo("PENDING"));
    // Only the provider records vetting.
    given()
        .header("Authorization", SNM_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(new VettingRequest(VettingStatus.CLEARED, LocalDate.now().plusYears(1))))
        .put("/api/v1/training/officers/" + id + "/vetting")
        .then()
        .statusCode(403);
    Fixtures.vet(id, "CLEARED", LocalDate.now().plusYears(1));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .get("/api/v1/training/officers/" + id)
        .then()
        .body("vettingStatus", equalTo("CLEARED"));
  }

  @Test
  void clearanceNeedsAnExpiryInTheFuture() {
    long id = Fixtures.officer(SNM_COORDINATOR);
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new VettingRequest(VettingStatus.CLEARED, null)))
        .put("/api/v1/training/officers/" + id + "/vetting")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresOn"));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(new VettingRequest(VettingStatus.CLEARED, LocalDate.now().minusDays(1))))
        .put("/api/v1/training/officers/" + id + "/vetting")
        .then()
        .statusCode(400);
  }

  @Test
  void otherAgenciesDoNotSeeAnOfficer() {
    long id = Fixtures.officer(SNM_COORDINATOR);
    given()
        .header("Authorization", Fixtures.DOS_COORDINATOR)
        .get("/api/v1/training/officers/" + id)
        .then()
        .statusCode(404);
    given()
        .header("Authorization", Fixtures.DOS_COORDINATOR)
        .queryParam("limit", 200)
        .get("/api/v1/training/officers")
        .then()
        .statusCode(200)
        .body("items.agency", everyItem(equalTo("US-DOS")));
    given()
        .header("Authorization", DHS_COORDINATOR)
        .queryParam("agency", "PA-SNM")
        .queryParam("vettingStatus", "PENDING")
        .queryParam("limit", 200)
        .get("/api/v1/training/officers?cursor=")
        .then()
        .statusCode(200)
        .body("items.agency", everyItem(equalTo("PA-SNM")));
  }

  @Test
  void badgeNumbersAreUniquePerAgency() {
    String body = Fixtures.json(new OfficerRequest("Ana", "Ríos", Fixtures.unique("SNM"), null));
    given()
        .header("Authorization", SNM_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/training/officers")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", SNM_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/training/officers")
        .then()
        .statusCode(409);
    // Another agency may use the same number.
    given()
        .header("Authorization", DHS_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/training/officers")
        .then()
        .statusCode(201)
        .body("agency", equalTo("US-DHS"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"agency", "vettingStatus", "id", "version"})
  void readOnlyFieldsCannotBeSet(String field) {
    // A map, not OfficerRequest: the point is to send a field the request does not have.
    Map<String, Object> body = new HashMap<>();
    body.put("givenName", "Ana");
    body.put("familyName", "Ríos");
    body.put("badgeNumber", Fixtures.unique("SNM"));
    body.put(field, "US-DHS");
    given()
        .header("Authorization", SNM_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/training/officers")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(field));
  }
}
