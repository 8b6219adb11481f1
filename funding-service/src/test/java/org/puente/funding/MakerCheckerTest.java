package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.puente.funding.Fixtures.DOS_BOTH;
import static org.puente.funding.Fixtures.DOS_CERTIFIER;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.puente.funding.api.PaymentDecisionRequest;

/** A payment needs a second person: a certifying officer of the donor who did not ask for it. */
@QuarkusTest
class MakerCheckerTest {

  private static long requested(String requester) {
    long obligation = Fixtures.obligation(Fixtures.line("10000.00"), "5000.00");
    return Fixtures.requestPayment(requester, obligation, "1200.00")
        .then()
        .statusCode(201)
        .body("status", equalTo("REQUESTED"))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static void approve(String token, long id, int status) {
    given()
        .header("Authorization", token)
        .header("If-Match", "\"0\"")
        .post("/api/v1/funding/disbursements/" + id + "/approval")
        .then()
        .statusCode(status);
  }

  @Test
  void theRequesterCannotApproveTheirOwnPayment() {
    long id = requested(DOS_BOTH);
    given()
        .header("Authorization", DOS_BOTH)
        .header("If-Match", "\"0\"")
        .post("/api/v1/funding/disbursements/" + id + "/approval")
        .then()
        .statusCode(403)
        .body(
            "detail",
            equalTo(
                "The requester of a payment cannot decide on it; another certifying officer must"));
    given()
        .header("Authorization", DOS_BOTH)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new PaymentDecisionRequest("mine")))
        .post("/api/v1/funding/disbursements/" + id + "/rejection")
        .then()
        .statusCode(403);
  }

  @Test
  void aFundingOfficerCannotApprove() {
    approve(DOS_FUNDING, requested(DOS_BOTH), 403);
  }

  @Test
  void aCertifyingOfficerOfAnotherAgencyCannotApprove() {
    long id = requested(DOS_FUNDING);
    approve(Fixtures.SNM_CERTIFIER, id, 403);
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/disbursements/" + id)
        .then()
        .body("status", equalTo("REQUESTED"));
  }

  @Test
  void aSecondCertifierApprovesAndThePaymentEntersTheLedger() {
    long id = requested(DOS_BOTH);
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"0\"")
        .post("/api/v1/funding/disbursements/" + id + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("decidedBy", equalTo("dos-certifier"));
    approve(DOS_CERTIFIER, id, 412);
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"1\"")
        .post("/api/v1/funding/disbursements/" + id + "/approval")
        .then()
        .statusCode(409);
    given()
        .header("Authorization", DOS_CERTIFIER)
        .queryParam("status", "APPROVED")
        .queryParam("limit", 200)
        .get("/api/v1/funding/disbursements")
        .then()
        .body("items.id", hasItem((int) id));
  }

  @Test
  void aRejectionNeedsAReasonAndReleasesTheReservation() {
    long obligation = Fixtures.obligation(Fixtures.line("10000.00"), "5000.00");
    long id =
        Fixtures.requestPayment(Fixtures.SNM_FUNDING, obligation, "5000.00")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Fixtures.requestPayment(DOS_FUNDING, obligation, "0.01").then().statusCode(409);
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new PaymentDecisionRequest(null)))
        .post("/api/v1/funding/disbursements/" + id + "/rejection")
        .then()
        .statusCode(400);
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new PaymentDecisionRequest("Invoice does not match the manifest")))
        .post("/api/v1/funding/disbursements/" + id + "/rejection")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/obligations/" + obligation)
        .then()
        .body("pending.amount", equalTo("0.00"))
        .body("remainder.amount", equalTo("5000.00"));
  }
}
