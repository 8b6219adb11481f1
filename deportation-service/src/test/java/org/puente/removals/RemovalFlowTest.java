package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.testing.OpenApiContract;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/** A person's whole path, from encounter to removal, over HTTP. */
@QuarkusTest
class RemovalFlowTest {

  @InjectStub FundingStub funding;

  @Test
  void fromEncounterToRemoved() {
    String cases = "/api/v1/removals/cases/";
    long id = Fixtures.openCase("CO");
    given()
        .header("Authorization", SNM_OFFICER)
        .get(cases + id)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("status", equalTo("OPEN"))
        .body("owningAgency", equalTo("PA-SNM"));

    // A certified screener interviews the person: no claim.
    Fixtures.post(
            SNM_OFFICER,
            cases + id + "/screenings",
            new ScreeningRequest(
                "es", null, false, ScreeningOutcome.NO_CLAIM, "Interview in Spanish"))
        .then()
        .statusCode(201)
        .body("screener", equalTo("snm-officer"))
        .body("screenerOfficerId", equalTo(501))
        .body("certificationId", notNullValue());
    given()
        .header("Authorization", SNM_OFFICER)
        .get(cases + id)
        .then()
        .body("status", equalTo("SCREENING"));

    // The person is told of their rights; a supervisor orders removal; the window passes; the
    // order becomes final.
    Fixtures.rightsNotice(id);
    Fixtures.order(id, 2, true);
    Fixtures.declareFinal(id).then().statusCode(200).body("status", equalTo("ENFORCEABLE"));
    Fixtures.travelDocument(id, "CO", Fixtures.TODAY.plusMonths(6));
    Fixtures.fitness(id, true);
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .queryParam("destination", "CO")
        .get(cases + id + "/enforceability")
        .then()
        .statusCode(200)
        .body("enforceable", equalTo(true));

    // The flight: funded, escorted, manifested, frozen, departed, completed.
    long op = Fixtures.fundedOperation(funding, 10, "CO");
    Fixtures.post(
            SNM_SUPERVISOR,
            "/api/v1/removals/operations/" + op + "/escorts",
            new EscortRequest(Fixtures.ESCORT))
        .then()
        .statusCode(200)
        .body("escortOfficerIds", hasItem((int) Fixtures.ESCORT));
    Fixtures.seat(op, id).then().statusCode(201);
    given()
        .header("Authorization", SNM_OFFICER)
        .get(cases + id)
        .then()
        .body("status", equalTo("MANIFESTED"));
    String ops = "/api/v1/removals/operations/" + op;
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/manifest/freeze",
            Fixtures.operationEtag(op),
            new ManifestRecheck(null))
        .then()
        .statusCode(200)
        .body("status", equalTo("MANIFEST_FROZEN"));
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/departure",
            Fixtures.operationEtag(op),
            new ManifestRecheck(null))
        .then()
        .statusCode(200)
        .body("status", equalTo("DEPARTED"));
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/closure",
            Fixtures.operationEtag(op),
            new OperationClosure(OperationStatus.COMPLETED, "Landed BOG", null))
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    given()
        .header("Authorization", SNM_OFFICER)
        .get(cases + id)
        .then()
        .body("status", equalTo("REMOVED"))
        .body("removedOn", notNullValue());

    // Every step is on the timeline with who, which agency and why.
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .queryParam("limit", 200)
        .get(cases + id + "/history")
        .then()
        .statusCode(200)
        .body(
            "items.kind",
            hasItems(
                "OPENED",
                "SCREENED",
                "RIGHTS_NOTIFIED",
                "ORDER_ISSUED",
                "DOCUMENT_REQUESTED",
                "FITNESS_ASSESSED",
                "MANIFESTED",
                "REMOVED"))
        .body("items.find { it.toStatus == 'REMOVED' }.actor", equalTo("snm-supervisor"))
        .body("items.find { it.toStatus == 'REMOVED' }.agency", equalTo("PA-SNM"))
        .body(
            "items.find { it.toStatus == 'ENFORCEABLE' }.summary", equalTo("Appeal window passed"));
    assertTrue(
        Fixtures.count("select count(*) from removal_case_aud where id = " + id) >= 5,
        "Envers history kept");
  }

  @Test
  void illegalTransitionsAre409WithTheReason() {
    long id = Fixtures.openCase("VE");
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            "/api/v1/removals/cases/" + id + "/transitions",
            Fixtures.caseEtag(id),
            new CaseTransitionRequest(CaseStatus.REMOVED, "shortcut"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Fixtures.transition(id, "CLOSED");
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            "/api/v1/removals/cases/" + id + "/transitions",
            Fixtures.caseEtag(id),
            new CaseTransitionRequest(CaseStatus.SCREENING, "reopen"))
        .then()
        .statusCode(409)
        .body("detail", equalTo("A case that is CLOSED is final and cannot become SCREENING"));
  }

  @Test
  void caseOfficerCannotTransitionAndBadInputChangesNothing() {
    long id = Fixtures.openCase("VE");
    Fixtures.postIfMatch(
            SNM_OFFICER,
            "/api/v1/removals/cases/" + id + "/transitions",
            "\"0\"",
            new CaseTransitionRequest(CaseStatus.SCREENING, "x"))
        .then()
        .statusCode(403);
    CaseRequest valid = Fixtures.caseBody("VE");
    CaseRequest bad =
        new CaseRequest(
            valid.givenNames(),
            valid.familyNames(),
            valid.dateOfBirth(),
            "Venezuela",
            "unknown",
            valid.languages(),
            valid.identityDocuments(),
            null,
            valid.encounteredOn(),
            valid.encounterPlace(),
            null,
            null);
    long before = Fixtures.count("select count(*) from removal_case");
    given()
        .header("Authorization", SNM_OFFICER)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(bad))
        .post("/api/v1/removals/cases")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("nationality", "sex"));
    org.junit.jupiter.api.Assertions.assertEquals(
        before, Fixtures.count("select count(*) from removal_case"));
  }

  @Test
  void openApiIsComplete() {
    OpenApiContract.assertComplete("/api/v1/removals/", 35);
  }
}
