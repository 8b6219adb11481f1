package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.funding.api.ObligationRequest;
import org.puente.testing.TestTokens;

/**
 * A service account obligates only on lines of agreements whose recipient is its own agency, and
 * for a user of that agency; a refusal's figures are for the agreement's parties only.
 */
@QuarkusTest
class ServiceObligationTest {

  /** deportation-service of Panama, the recipient of the fixtures' agreements. */
  private static final String SNM_DEPORTATION =
      TestTokens.client("deportation-service").agency("PA-SNM").bearer();

  /** The same client name at another agency's realm: another caller, with no rights here. */
  private static final String DHS_DEPORTATION =
      TestTokens.client("deportation-service").agency("US-DHS").bearer();

  private static final String DHS_TRAINING =
      TestTokens.client("training-service").agency("US-DHS").bearer();

  private static Response obligate(
      String token, long line, String amount, String reference, String onBehalfOf) {
    ObligationRequest body =
        new ObligationRequest(
            line,
            Fixtures.money(amount),
            "CHARTER removal flight to BOG (CO)",
            reference,
            onBehalfOf);
    return given()
        .header("Authorization", token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(Fixtures.json(body))
        .post("/api/v1/funding/obligations");
  }

  private static void assertNothingObligated(long line) {
    assertEquals(
        0, Fixtures.count("select count(*) from obligation where budget_line_id = " + line));
    assertEquals(
        0, Fixtures.count("select count(*) from ledger_entry where budget_line_id = " + line));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from budget_line where id = " + line + " and obligated <> 0"));
  }

  @Test
  void theRecipientsServiceObligatesForAUserOfTheRecipient() {
    long line = Fixtures.line("10000.00");
    obligate(SNM_DEPORTATION, line, "2500.00", "removal-operation:" + UUID.randomUUID(), "PA-SNM")
        .then()
        .statusCode(201)
        .body("createdBy", equalTo("service-account-deportation-service"));
    assertEquals(
        1, Fixtures.count("select count(*) from obligation where budget_line_id = " + line));
  }

  /**
   * Service accounts are known by (agency, client): PA-SNM's deportation-service has funding
   * rights, a client of the same name at US-DHS's realm has none, and sees no line at all.
   */
  @Test
  void aClientOfTheSameNameAtAnotherAgencysRealmIsAStrangerAndNothingChanges() {
    long line = Fixtures.line("10000.00");
    obligate(DHS_DEPORTATION, line, "2500.00", "removal-operation:" + UUID.randomUUID(), null)
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:puente:problem:not-found"));
    assertNothingObligated(line);
  }

  @Test
  void aServiceActingForAUserOfAnotherAgencyIsRefusedAndNothingChanges() {
    long line = Fixtures.line("10000.00");
    obligate(SNM_DEPORTATION, line, "2500.00", "removal-operation:" + UUID.randomUUID(), "US-DHS")
        .then()
        .statusCode(403)
        .body("detail", containsString("for a user of US-DHS"));
    assertNothingObligated(line);
  }

  @Test
  void anAgencyThatIsNoAgencyCodeIs400() {
    long line = Fixtures.line("10000.00");
    obligate(SNM_DEPORTATION, line, "2500.00", "removal-operation:" + UUID.randomUUID(), "anyone")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:puente:problem:validation"));
    assertNothingObligated(line);
  }

  @Test
  void theRecipientsServiceReadsTheFiguresOfARefusal() {
    long line = Fixtures.line("1234.00");
    obligate(SNM_DEPORTATION, line, "2000.00", "removal-operation:" + UUID.randomUUID(), "PA-SNM")
        .then()
        .statusCode(409)
        .body(
            "reasons",
            contains(
                "Insufficient funds on the budget line: 1234.00 available, 2000.00 requested"));
    assertNothingObligated(line);
  }

  @Test
  void aServiceOfANonPartyLearnsNoFigures() {
    // US-DHS is neither donor nor recipient of this agreement: its training service is refused
    // before funds control, and nothing it reads tells what the line holds.
    long line = Fixtures.line(Fixtures.agreement("10000000.00"), "TRAINING", "1234.00");
    obligate(DHS_TRAINING, line, "2000.00", "training-session:" + UUID.randomUUID(), null)
        .then()
        .statusCode(403)
        .body(not(containsString("1234")));
    assertNothingObligated(line);
  }

  @Test
  void theRecipientFindsTheObligationsMadeForAReference() {
    long line = Fixtures.line("10000.00");
    String reference = "removal-operation:" + UUID.randomUUID();
    long id =
        Fixtures.obligate(line, "100.00", reference)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Fixtures.obligation(line, "50.00"); // another reference on the same line
    String supervisor =
        TestTokens.user("snm-supervisor").agency("PA-SNM").roles("supervisor").bearer();
    given()
        .header("Authorization", supervisor)
        .queryParam("reference", reference)
        .get("/api/v1/funding/obligations")
        .then()
        .statusCode(200)
        .body("items.id", contains((int) id))
        .body("items[0].reference", equalTo(reference));
  }

  @Test
  void anAgencyThatIsNoPartyFindsNothingForAReference() {
    long line = Fixtures.line("10000.00");
    String reference = "removal-operation:" + UUID.randomUUID();
    Fixtures.obligate(line, "100.00", reference).then().statusCode(201);
    String dhsSupervisor =
        TestTokens.user("dhs-supervisor").agency("US-DHS").roles("supervisor").bearer();
    given()
        .header("Authorization", dhsSupervisor)
        .queryParam("reference", reference)
        .get("/api/v1/funding/obligations")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }
}
