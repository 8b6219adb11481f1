package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;
import static org.puente.removals.Fixtures.TODAY;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.FamilyLink;
import org.puente.removals.api.FamilyRelation;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.removals.api.SeparationRequest;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/** Children and families on a manifest, over HTTP, with the database checked on every refusal. */
@QuarkusTest
class FamilyManifestTest {

  @InjectStub FundingStub funding;

  private static final String CASES = "/api/v1/removals/cases/";
  private static final String OPS = "/api/v1/removals/operations/";

  /** An ENFORCEABLE Colombian born on {@code born}, linked to {@code relatives} (as PARENT). */
  private static long person(LocalDate born, long... relatives) {
    CaseRequest body =
        Fixtures.caseBody(
            "CO",
            born,
            java.util.Arrays.stream(relatives)
                .mapToObj(r -> new FamilyLink(r, FamilyRelation.PARENT))
                .toList());
    long id =
        given()
            .header("Authorization", SNM_OFFICER)
            .contentType(ContentType.JSON)
            .body(Fixtures.json(body))
            .post(CASES)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Fixtures.rightsNotice(id);
    Fixtures.screen(id, "NO_CLAIM", false);
    Fixtures.order(id, 5, true);
    Fixtures.declareFinal(id).then().statusCode(200);
    Fixtures.travelDocument(id, "CO", TODAY.plusYears(1));
    Fixtures.fitness(id, true);
    return id;
  }

  private static long adult(long... relatives) {
    return person(LocalDate.of(1988, 5, 4), relatives);
  }

  private static long child(long... relatives) {
    return person(TODAY.minusYears(9), relatives);
  }

  private static io.restassured.response.Response freeze(long op, boolean dropFailing) {
    return Fixtures.postIfMatch(
        SNM_SUPERVISOR,
        OPS + op + "/manifest/freeze",
        Fixtures.operationEtag(op),
        new ManifestRecheck(dropFailing));
  }

  private static io.restassured.response.Response separate(
      String token, long caseId, long relative, String reason) {
    return Fixtures.post(
        token, CASES + caseId + "/family-separations", new SeparationRequest(relative, reason));
  }

  private static String caseStatus(long id) {
    return given()
        .header("Authorization", SNM_OFFICER)
        .get(CASES + id)
        .then()
        .extract()
        .jsonPath()
        .getString("status");
  }

  private static String operationRow(long op) {
    return Fixtures.count("select version from removal_operation where id = " + op)
        + "/"
        + Fixtures.count(
            "select count(*) from removal_operation where status = 'FUNDED' and id = " + op);
  }

  @Test
  void aChildByDateOfBirthIsNotSeatedAloneThoughNoFlagWasRaised() {
    long parent = adult();
    long kid = child(parent);
    long op = Fixtures.fundedOperation(funding, 5, "CO");
    Fixtures.seat(op, kid)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body(
            "reasons",
            contains(
                startsWith(
                    "UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION: A minor on "
                        + TODAY.plusDays(7))));
    assertEquals(
        0, Fixtures.count("select count(*) from manifest_seat where operation_id = " + op));
    assertEquals("ENFORCEABLE", caseStatus(kid));
    // With the parent seated first, the child travels accompanied.
    Fixtures.seat(op, parent)
        .then()
        .statusCode(201)
        .body("relativesNotSeated", contains((int) kid));
    Fixtures.seat(op, kid).then().statusCode(201).body("relativesNotSeated", hasSize(0));
    freeze(op, false).then().statusCode(200).body("status", equalTo("MANIFEST_FROZEN"));
  }

  @Test
  void theFreezeNamesRelativesLeftOffTheManifestAndChangesNothing() {
    long spouse = adult();
    long person = adult(spouse);
    long op = Fixtures.fundedOperation(funding, 5, "CO");
    // Seating one by one is allowed; the answer names who is still missing, by case id.
    Fixtures.seat(op, person)
        .then()
        .statusCode(201)
        .body("relativesNotSeated", contains((int) spouse));
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .get(OPS + op + "/manifest")
        .then()
        .body("items[0].relativesNotSeated", contains((int) spouse));
    String before = operationRow(op);
    // The link is recorded on one case but binds both: each is named on the other's seat.
    freeze(op, false)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body(
            "reasons",
            contains(
                startsWith(
                    "Case "
                        + person
                        + ": FAMILY_NOT_TOGETHER: Linked family members are not on this flight:"
                        + " case(s) "
                        + spouse
                        + " ")))
        .body("reasons[0]", org.hamcrest.Matchers.not(containsString("Person")));
    assertEquals(before, operationRow(op), "the operation is unchanged");
    assertEquals("MANIFESTED", caseStatus(person));
    // Seating the spouse too lets the freeze through.
    Fixtures.seat(op, spouse).then().statusCode(201).body("relativesNotSeated", hasSize(0));
    freeze(op, false).then().statusCode(200);
  }

  @Test
  void aSupervisorsSeparationDecisionLetsARelativeStayBehind() {
    long spouse = adult();
    long person = adult(spouse);
    long stranger = adult();
    long op = Fixtures.fundedOperation(funding, 5, "CO");
    Fixtures.seat(op, person).then().statusCode(201);
    String path = CASES + person + "/family-separations";
    // A case officer may not decide it; nothing recorded.
    separate(SNM_OFFICER, person, spouse, "Spouse has a pending claim").then().statusCode(403);
    // Only for a linked relative.
    separate(SNM_SUPERVISOR, person, stranger, "Not family")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("Case " + stranger + " is not linked to this case as family"));
    // With a reason.
    separate(SNM_SUPERVISOR, person, spouse, " ").then().statusCode(400);
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from family_separation where case_id in ("
                + person
                + ","
                + spouse
                + ")"));
    freeze(op, false).then().statusCode(409);

    // Decided on the spouse's side of the link: it holds both ways.
    separate(SNM_SUPERVISOR, spouse, person, "Spouse is in hospital; family agreed")
        .then()
        .statusCode(201)
        .body("decidedBy", equalTo("snm-supervisor"))
        .body("relativeCaseId", equalTo((int) person));
    separate(SNM_SUPERVISOR, person, spouse, "again").then().statusCode(409);
    given()
        .header("Authorization", SNM_OFFICER)
        .get(path)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].reason", equalTo("Spouse is in hospital; family agreed"));
    given()
        .header("Authorization", SNM_OFFICER)
        .get(CASES + spouse + "/history")
        .then()
        .body("items.kind", hasItem("FAMILY_SEPARATION_DECIDED"));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from family_separation_aud a join family_separation s on s.id = a.id"
                + " where s.case_id = "
                + spouse));
    freeze(op, false).then().statusCode(200).body("status", equalTo("MANIFEST_FROZEN"));
  }

  @Test
  void droppingAFailingParentAtFreezeAlsoDropsTheChildLeftAlone() {
    long parent = adult();
    long kid = child(parent);
    long op = Fixtures.fundedOperation(funding, 5, "CO");
    Fixtures.seat(op, parent).then().statusCode(201);
    Fixtures.seat(op, kid).then().statusCode(201);
    Fixtures.post(
            SNM_OFFICER,
            CASES + parent + "/protection-claim",
            new ProtectionClaimRequest(TODAY, "Fear of persecution"))
        .then()
        .statusCode(201);
    // Refused: the parent's claim, and nothing else yet (the child is still accompanied).
    freeze(op, false)
        .then()
        .statusCode(409)
        .body("reasons", hasItem(startsWith("Case " + parent + ": PROTECTION_CLAIM_PENDING")))
        .body("reasons", org.hamcrest.Matchers.not(hasItem(startsWith("Case " + kid))));
    // Dropping the parent leaves the child alone and the family apart: the child goes too.
    freeze(op, true).then().statusCode(200).body("seatsTaken", equalTo(0));
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .get(OPS + op + "/manifest")
        .then()
        .body(
            "items.find { it.caseId == " + kid + " }.dropReason",
            org.hamcrest.Matchers.allOf(
                containsString("UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION"),
                containsString("FAMILY_NOT_TOGETHER")));
    assertEquals("ENFORCEABLE", caseStatus(kid));
    assertEquals("PROTECTION_CLAIM_PENDING", caseStatus(parent));
  }

  @Test
  void theGateReadsTheChildsAgeOnTheDepartureDate() {
    // 17 today, 18 before the flight in a week: an adult on the flight.
    long almost = person(TODAY.minusYears(18).plusDays(3));
    given()
        .header("Authorization", SNM_OFFICER)
        .queryParam("departureDate", TODAY.plusDays(7).toString())
        .get(CASES + almost + "/enforceability")
        .then()
        .statusCode(200)
        .body("enforceable", equalTo(true));
    given()
        .header("Authorization", SNM_OFFICER)
        .get(CASES + almost + "/enforceability")
        .then()
        .statusCode(200)
        .body("enforceable", equalTo(false))
        .body("reasons.code", contains("UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION"));
    Fixtures.seat(Fixtures.fundedOperation(funding, 3, "CO"), almost).then().statusCode(201);
  }
}
