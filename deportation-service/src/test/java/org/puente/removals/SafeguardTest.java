package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.BestInterestRequest;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.ClaimDecisionRequest;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagResolution;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/** Each legal safeguard, on its own, keeps a person off the flight. */
@QuarkusTest
class SafeguardTest {

  @InjectStub FundingStub funding;

  private void refused(long caseId, String destination, String reason) {
    long op = Fixtures.fundedOperation(funding, 5, destination);
    Fixtures.seat(op, caseId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("reasons", hasItem(startsWith(reason + ":")));
    org.junit.jupiter.api.Assertions.assertEquals(
        0,
        Fixtures.count("select count(*) from manifest_seat where operation_id = " + op),
        "nothing seated");
  }

  private static void fileClaim(long id) {
    Fixtures.post(
            SNM_OFFICER,
            "/api/v1/removals/cases/" + id + "/protection-claim",
            new ProtectionClaimRequest(Fixtures.TODAY, "Fear of persecution"))
        .then()
        .statusCode(201);
  }

  @Test
  void anEnforceableCaseIsSeated() {
    long id = Fixtures.enforceableCase("CO");
    Fixtures.seat(Fixtures.fundedOperation(funding, 5, "CO"), id)
        .then()
        .statusCode(201)
        .body("status", equalTo("SEATED"));
  }

  @Test
  void pendingProtectionClaimBlocks() {
    long id = Fixtures.enforceableCase("CO");
    fileClaim(id);
    refused(id, "CO", "PROTECTION_CLAIM_PENDING");
  }

  @Test
  void grantedProtectionBlocksForever() {
    long id = Fixtures.enforceableCase("CO");
    fileClaim(id);
    // Decided by a supervisor other than the one who issued the order.
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR_2,
            "/api/v1/removals/cases/" + id + "/protection-claim/decision",
            "\"0\"",
            new ClaimDecisionRequest(ClaimStatus.GRANTED, "Well-founded fear"))
        .then()
        .statusCode(200);
    refused(id, "CO", "PROTECTION_GRANTED");
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            "/api/v1/removals/cases/" + id + "/transitions",
            Fixtures.caseEtag(id),
            new CaseTransitionRequest(CaseStatus.ENFORCEABLE, "try"))
        .then()
        .statusCode(409);
  }

  @Test
  void pendingSuspensiveAppealBlocks() {
    long id = Fixtures.enforceableCase("CO");
    Fixtures.post(
            SNM_OFFICER,
            "/api/v1/removals/cases/" + id + "/removal-order/appeals",
            new AppealRequest(Fixtures.TODAY.minusDays(6), "Procedural error", true, null))
        .then()
        .statusCode(201);
    refused(id, "CO", "SUSPENSIVE_APPEAL_PENDING");
  }

  @Test
  void openAppealWindowBlocks() {
    long id = Fixtures.screenedCase("CO");
    Fixtures.order(id, -10, true);
    Fixtures.declareFinal(id)
        .then()
        .statusCode(409)
        .body("reasons", hasItem(startsWith("The appeal window is open until")));
    Fixtures.travelDocument(id, "CO", Fixtures.TODAY.plusYears(1));
    Fixtures.fitness(id, true);
    refused(id, "CO", "APPEAL_WINDOW_OPEN");
  }

  @Test
  void noValidTravelDocumentBlocks() {
    long id = Fixtures.screenedCase("CO");
    Fixtures.order(id, 5, true);
    Fixtures.declareFinal(id).then().statusCode(200);
    // Issued, but expiring before the departure in a week.
    Fixtures.travelDocument(id, "CO", Fixtures.TODAY.plusDays(3));
    Fixtures.fitness(id, true);
    refused(id, "CO", "NO_VALID_TRAVEL_DOCUMENT");
  }

  @Test
  void unaccompaniedMinorWithoutBestInterestDeterminationBlocks() {
    long id = Fixtures.enforceableCase("CO");
    long flag =
        Fixtures.post(
                SNM_OFFICER,
                "/api/v1/removals/cases/" + id + "/flags",
                new FlagRequest(
                    FlagType.UNACCOMPANIED_MINOR, "15 years old, travelling alone", null))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    refused(id, "CO", "UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION");
    String flagPath = "/api/v1/removals/cases/" + id + "/flags/" + flag + "/resolution";
    // Only a supervisor resolves, and only after a best-interest determination.
    Fixtures.postIfMatch(SNM_OFFICER, flagPath, "\"0\"", new FlagResolution("x"))
        .then()
        .statusCode(403);
    Fixtures.postIfMatch(SNM_SUPERVISOR, flagPath, "\"0\"", new FlagResolution("Reunified"))
        .then()
        .statusCode(409);
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .header("If-Match", Fixtures.caseEtag(id))
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(new BestInterestRequest(Fixtures.TODAY, "Return to parents in Medellín")))
        .put("/api/v1/removals/cases/" + id + "/best-interest-determination")
        .then()
        .statusCode(200);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR, flagPath, "\"0\"", new FlagResolution("Family tracing done"))
        .then()
        .statusCode(200);
    Fixtures.seat(Fixtures.fundedOperation(funding, 5, "CO"), id).then().statusCode(201);
  }

  @Test
  void destinationMustBeNationalityOrReadmissionCountry() {
    long id = Fixtures.enforceableCase("CO");
    refused(id, "EC", "DESTINATION_NOT_ALLOWED");
    // Panama has a readmission arrangement in this deployment's configuration; the person needs a
    // travel document Panama issued.
    Fixtures.travelDocument(id, "PA", Fixtures.TODAY.plusYears(1));
    Fixtures.seat(Fixtures.fundedOperation(funding, 5, "PA"), id).then().statusCode(201);
  }

  @Test
  void notFitToFlyBlocks() {
    long id = Fixtures.enforceableCase("CO");
    Fixtures.fitness(id, false);
    refused(id, "CO", "NOT_FIT_TO_FLY");
  }

  @Test
  void everyReasonIsReportedAtOnce() {
    long id = Fixtures.openCase("CO");
    long op = Fixtures.fundedOperation(funding, 5, "EC");
    Fixtures.seat(op, id)
        .then()
        .statusCode(409)
        .body(
            "reasons",
            Matchers.contains(
                startsWith("CASE_NOT_ENFORCEABLE"),
                startsWith("NO_REMOVAL_ORDER"),
                startsWith("NO_VALID_TRAVEL_DOCUMENT"),
                startsWith("DESTINATION_NOT_ALLOWED"),
                startsWith("NOT_FIT_TO_FLY"),
                startsWith("RIGHTS_NOT_NOTIFIED"),
                startsWith("RIGHTS_NOT_NOTIFIED"),
                startsWith("RIGHTS_NOT_NOTIFIED"),
                startsWith("RIGHTS_NOT_NOTIFIED"),
                startsWith("RIGHTS_NOT_NOTIFIED")));
  }

  @Test
  void aClaimFiledAfterManifestingIsCaughtAtFreeze() {
    long id = Fixtures.enforceableCase("CO");
    long other = Fixtures.enforceableCase("CO");
    long op = Fixtures.fundedOperation(funding, 5, "CO");
    Fixtures.seat(op, id).then().statusCode(201);
    Fixtures.seat(op, other).then().statusCode(201);
    fileClaim(id);
    String ops = "/api/v1/removals/operations/" + op;
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/manifest/freeze",
            Fixtures.operationEtag(op),
            new ManifestRecheck(null))
        .then()
        .statusCode(409)
        .body("reasons", hasItem(startsWith("Case " + id + ": PROTECTION_CLAIM_PENDING")));
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/manifest/freeze",
            Fixtures.operationEtag(op),
            new ManifestRecheck(true))
        .then()
        .statusCode(200)
        .body("status", equalTo("MANIFEST_FROZEN"))
        .body("seatsTaken", equalTo(1));
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .get(ops + "/manifest")
        .then()
        .body("items.find { it.caseId == " + id + " }.status", equalTo("DROPPED"))
        .body(
            "items.find { it.caseId == " + id + " }.dropReason",
            Matchers.allOf(
                startsWith("Gate failed at freeze: "),
                Matchers.containsString("PROTECTION_CLAIM_PENDING")));
    given()
        .header("Authorization", SNM_OFFICER)
        .get("/api/v1/removals/cases/" + id)
        .then()
        .body("status", equalTo("PROTECTION_CLAIM_PENDING"));
  }
}
