package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.TODAY;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.TravelDocumentRequest;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentType;
import org.puente.removals.api.TravelDocumentUpdate;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/** Travel documents: for the destination only, and forward only. */
@QuarkusTest
class TravelDocumentTest {

  @InjectStub FundingStub funding;

  private static long request(long caseId, String country) {
    return Fixtures.post(
            SNM_OFFICER,
            "/api/v1/removals/cases/" + caseId + "/travel-documents",
            new TravelDocumentRequest(TravelDocumentType.CONSULAR_TRAVEL_DOCUMENT, country))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static Response update(long caseId, long doc, String status, boolean withDetails) {
    TravelDocumentUpdate body =
        withDetails
            ? new TravelDocumentUpdate(
                TravelDocumentStatus.valueOf(status),
                "CT" + doc,
                TODAY.minusDays(1),
                TODAY.plusYears(1))
            : new TravelDocumentUpdate(TravelDocumentStatus.valueOf(status), null, null, null);
    String path = "/api/v1/removals/cases/" + caseId + "/travel-documents/" + doc;
    String etag =
        given()
            .header("Authorization", SNM_OFFICER)
            .get("/api/v1/removals/cases/" + caseId + "/travel-documents")
            .then()
            .extract()
            .jsonPath()
            .getString("items.find { it.id == " + doc + " }.version");
    return given()
        .header("Authorization", SNM_OFFICER)
        .header("If-Match", "\"" + etag + "\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(body))
        .put(path);
  }

  private static String row(long doc) {
    return Fixtures.count(
            "select count(*) from travel_document where status = 'REQUESTED' and id = " + doc)
        + "/"
        + Fixtures.count("select version from travel_document where id = " + doc);
  }

  @Test
  void aDocumentIssuedByAnotherCountryThanTheDestinationDoesNotBoard() {
    // A Colombian with a Colombian passport, on a flight to Panama (a readmission country).
    long id = Fixtures.enforceableCase("CO");
    long op = Fixtures.fundedOperation(funding, 5, "PA");
    Fixtures.seat(op, id)
        .then()
        .statusCode(409)
        .body(
            "reasons",
            hasItem(
                startsWith(
                    "NO_VALID_TRAVEL_DOCUMENT: No travel document issued by the destination"
                        + " country PA")));
    assertEquals(
        0, Fixtures.count("select count(*) from manifest_seat where operation_id = " + op));
    // A Panamanian document requested, not yet issued, is not enough either.
    long doc = request(id, "PA");
    Fixtures.seat(op, id).then().statusCode(409);
    update(id, doc, "ISSUED", true).then().statusCode(200);
    Fixtures.seat(op, id).then().statusCode(201);
  }

  @Test
  void theStatusMovesForwardOnlyAndARefusalChangesNothing() {
    long id = Fixtures.openCase("VE");
    long doc = request(id, "VE");
    String before = row(doc);
    update(id, doc, "EXPIRED", false)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body(
            "detail",
            equalTo(
                "A travel document that is REQUESTED cannot become EXPIRED; it may become ISSUED"
                    + " or REFUSED"));
    update(id, doc, "REQUESTED", false).then().statusCode(409);
    // Number and dates belong to an issued document only.
    update(id, doc, "REFUSED", true).then().statusCode(400);
    assertEquals(before, row(doc), "nothing changed");

    update(id, doc, "ISSUED", true).then().statusCode(200).body("status", equalTo("ISSUED"));
    update(id, doc, "CANCELLED", false)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("number", equalTo("CT" + doc));
    update(id, doc, "ISSUED", true)
        .then()
        .statusCode(409)
        .body("detail", startsWith("A travel document that is CANCELLED cannot become ISSUED"));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from travel_document where status = 'CANCELLED' and id = " + doc));
  }

  @Test
  void theDatabaseRefusesABackwardMoveMadeAroundTheService() throws SQLException {
    long id = Fixtures.openCase("VE");
    long doc = request(id, "VE");
    update(id, doc, "ISSUED", true).then().statusCode(200);
    try (Connection c = Fixtures.connection();
        Statement st = c.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () ->
                  st.executeUpdate(
                      "update travel_document set status = 'REQUESTED' where id = " + doc));
      assertEquals("23514", e.getSQLState());
      assertTrue(e.getMessage().contains("cannot move from ISSUED to REQUESTED"), e.getMessage());
      // An issued document without its number is refused too.
      assertThrows(
          SQLException.class,
          () -> st.executeUpdate("update travel_document set number = null where id = " + doc));
    }
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from travel_document where status = 'ISSUED' and number is not null"
                + " and id = "
                + doc));
  }
}
