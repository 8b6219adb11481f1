package org.puente.removals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationStatus;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/**
 * An operation is recorded as funded by hand only with an obligation funding-service made for its
 * reference, asked with the user's own token; an unknown or foreign obligation changes nothing, and
 * so does a funding-service that cannot answer (fail closed).
 */
@QuarkusTest
class OperationFundingTest {

  @InjectStub FundingStub funding;

  private static void assertUnchanged(long id) {
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from removal_operation where id = "
                + id
                + " and status = 'PLANNED' and funding_obligation_id is null and version = 0"));
  }

  @Test
  void anObligationFundingServiceNeverMadeIsRefusedAndNothingChanges() {
    long id = Fixtures.plannedOperation(10, "CO");
    Fixtures.recordFunding(id, 987654321)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:puente:problem:conflict"))
        .body("detail", containsString("987654321 is not one funding-service made for"));
    assertUnchanged(id);
  }

  @Test
  void anObligationMadeForAnotherOperationIsRefusedAndNothingChanges() {
    long id = Fixtures.plannedOperation(10, "CO");
    long other = Fixtures.plannedOperation(10, "CO");
    funding.made(5151, "removal-operation:" + other);
    Fixtures.recordFunding(id, 5151)
        .then()
        .statusCode(409)
        .body("detail", containsString("removal-operation:" + id));
    assertUnchanged(id);
  }

  @Test
  void whenFundingServiceCannotAnswerNothingIsRecorded() {
    long id = Fixtures.plannedOperation(10, "CO");
    funding.made(6161, "removal-operation:" + id);
    funding.down(true);
    try {
      Fixtures.recordFunding(id, 6161)
          .then()
          .statusCode(503)
          .body("type", equalTo("urn:puente:problem:unavailable"))
          .body("detail", containsString("could not confirm obligation 6161"));
    } finally {
      funding.down(false);
    }
    assertUnchanged(id);
  }

  @Test
  void anObligationMadeForTheOperationFundsItAskedWithTheUsersToken() {
    long id = Fixtures.plannedOperation(10, "CO");
    funding.made(7171, "removal-operation:" + id);
    int before = funding.authorizations().size();
    Fixtures.recordFunding(id, 7171)
        .then()
        .statusCode(200)
        .body("status", equalTo("FUNDED"))
        .body("fundingObligationId", equalTo(7171));
    assertTrue(
        funding
            .authorizations()
            .subList(before, funding.authorizations().size())
            .contains(SNM_SUPERVISOR));
  }

  @Test
  void aCancellationReasonNeverLeavesTheServiceOnlyItsCode() {
    long id = Fixtures.plannedOperation(10, "CO");
    // Funded through Puente: as if funding-service had answered the service's own request.
    Fixtures.execute(
        "update removal_operation set status = 'FUNDED', funding_line_id = 3,"
            + " funding_obligation_id = 8181 where id = "
            + id);
    String reason = "Passenger Maria Lopez fell ill";
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            "/api/v1/removals/operations/" + id + "/closure",
            Fixtures.operationEtag(id),
            new OperationClosure(OperationStatus.CANCELLED, reason, null))
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    String where =
        " from outbox_message where topic = 'operation.deobligate'"
            + " and idem_key = 'removal-operation:"
            + id
            + ":cancellation'";
    assertEquals(1, Fixtures.count("select count(*)" + where));
    assertEquals(
        1, Fixtures.count("select count(*)" + where + " and payload like '%OPERATION_CANCELLED%'"));
    assertFalse(Fixtures.count("select count(*)" + where + " and payload like '%Lopez%'") > 0);
  }

  @Test
  void planningOnALineAsksForTheObligationForThePlannersAgency() {
    long id = Fixtures.operationRequestingFunding();
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from outbox_message where topic = 'operation.obligate'"
                + " and idem_key = 'removal-operation:"
                + id
                + "' and payload like '%\"onBehalfOf\":\"PA-SNM\"%'"));
  }
}
