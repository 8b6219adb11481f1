package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.testing.TestTokens;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.TrainingStub;

/** Only a certified screener screens; when training-service cannot say, nobody does. */
@QuarkusTest
class ScreeningTest {

  @InjectStub FundingStub funding;

  @InjectStub TrainingStub training;

  private static final ScreeningRequest SCREENING =
      new ScreeningRequest("es", "None needed", true, ScreeningOutcome.SCREENED_IN, null);

  private static long screenings(long caseId) {
    return Fixtures.count("select count(*) from screening where case_id = " + caseId);
  }

  @Test
  void aCertifiedScreenerIsRecordedAndAClaimIsOpened() {
    long id = Fixtures.openCase("HT");
    int before = training.authorizations().size();
    Fixtures.post(Fixtures.SNM_OFFICER, "/api/v1/removals/cases/" + id + "/screenings", SCREENING)
        .then()
        .statusCode(201)
        .body("screener", equalTo("snm-officer"));
    assertTrue(
        training
            .authorizations()
            .subList(before, training.authorizations().size())
            .contains(Fixtures.SNM_OFFICER),
        "the screener's own token was relayed to training-service");
    given()
        .header("Authorization", Fixtures.SNM_OFFICER)
        .get("/api/v1/removals/cases/" + id)
        .then()
        .body("status", equalTo("PROTECTION_CLAIM_PENDING"));
  }

  @Test
  void anUncertifiedScreenerIsRefusedAndNothingIsRecorded() {
    long id = Fixtures.openCase("HT");
    String uncertified =
        TestTokens.user("snm-new").agency("PA-SNM").roles("case-officer").officerId(999).bearer();
    Fixtures.post(uncertified, "/api/v1/removals/cases/" + id + "/screenings", SCREENING)
        .then()
        .statusCode(403)
        .body("detail", containsString("no valid PROTECTION_SCREENING certification"));
    assertEquals(0, screenings(id));
    given()
        .header("Authorization", Fixtures.SNM_OFFICER)
        .get("/api/v1/removals/cases/" + id)
        .then()
        .body("status", equalTo("OPEN"));
  }

  @Test
  void anAccountWithoutOfficerRecordCannotScreen() {
    long id = Fixtures.openCase("HT");
    String noOfficer = TestTokens.user("snm-clerk").agency("PA-SNM").roles("case-officer").bearer();
    Fixtures.post(noOfficer, "/api/v1/removals/cases/" + id + "/screenings", SCREENING)
        .then()
        .statusCode(403);
    assertEquals(0, screenings(id));
  }

  @Test
  void whenTrainingServiceCannotAnswerTheAnswerIsNo() {
    long id = Fixtures.openCase("HT");
    training.down(true);
    try {
      Fixtures.post(Fixtures.SNM_OFFICER, "/api/v1/removals/cases/" + id + "/screenings", SCREENING)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body(
              "detail",
              containsString("could not confirm a valid PROTECTION_SCREENING certification"));
      Fixtures.post(
              Fixtures.SNM_SUPERVISOR,
              "/api/v1/removals/operations/"
                  + Fixtures.fundedOperation(funding, 3, "HT")
                  + "/escorts",
              new EscortRequest(Fixtures.ESCORT))
          .then()
          .statusCode(503);
    } finally {
      training.down(false);
    }
    assertEquals(0, screenings(id));
    given()
        .header("Authorization", Fixtures.SNM_OFFICER)
        .get("/api/v1/removals/cases/" + id)
        .then()
        .body("status", equalTo("OPEN"));
  }

  @Test
  void anEscortWithoutRemovalEscortCertificationIsRefused() {
    long op = Fixtures.fundedOperation(funding, 3, "HT");
    Fixtures.post(
            Fixtures.SNM_SUPERVISOR,
            "/api/v1/removals/operations/" + op + "/escorts",
            new EscortRequest(501L))
        .then()
        .statusCode(403);
    assertEquals(
        0, Fixtures.count("select count(*) from operation_escort where operation_id = " + op));
  }
}
