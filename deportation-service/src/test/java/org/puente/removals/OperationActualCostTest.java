package org.puente.removals;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationStatus;
import org.puente.testing.Eventually;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.PartnerStub.Received;

/**
 * Completing an operation funded through Puente files its actual cost with the output it bought:
 * how many people were removed, a count, never who.
 */
@QuarkusTest
class OperationActualCostTest {

  @InjectStub FundingStub funding;

  @Test
  void completingFilesTheActualCostWithThePeopleRemoved() {
    funding.writesAway(false);
    List<Long> people = List.of(Fixtures.enforceableCase("CO"), Fixtures.enforceableCase("CO"));
    long op = Fixtures.fundedOperation(funding, 10, "CO");
    // Funded through Puente: as if funding-service had answered the service's own request.
    Fixtures.execute("update removal_operation set funding_line_id = 3 where id = " + op);
    String ops = "/api/v1/removals/operations/" + op;
    Fixtures.post(SNM_SUPERVISOR, ops + "/escorts", new EscortRequest(Fixtures.ESCORT))
        .then()
        .statusCode(200);
    for (long person : people) {
      Fixtures.seat(op, person).then().statusCode(201);
    }
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/manifest/freeze",
            Fixtures.operationEtag(op),
            new ManifestRecheck(null))
        .then()
        .statusCode(200);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/departure",
            Fixtures.operationEtag(op),
            new ManifestRecheck(null))
        .then()
        .statusCode(200);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/closure",
            Fixtures.operationEtag(op),
            new OperationClosure(OperationStatus.COMPLETED, "Landed BOG", Money.usd("84250.00")))
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));

    String where =
        " from outbox_message where topic = 'operation.file-cost'"
            + " and idem_key = 'removal-operation:"
            + op
            + ":completion'";
    assertEquals(
        1, Fixtures.count("select count(*)" + where + " and payload like '%\"peopleRemoved\":2%'"));
    Eventually.within(
        Duration.ofSeconds(20),
        () ->
            assertEquals(
                1,
                funding.received("removal-operation:" + op).stream()
                    .filter(r -> r.path().equals("/api/v1/funding/disbursements"))
                    .count()));
    Received payment =
        funding.received("removal-operation:" + op).stream()
            .filter(r -> r.path().equals("/api/v1/funding/disbursements"))
            .findFirst()
            .orElseThrow();
    String body = payment.body();
    assertEquals(
        true, body.contains("\"output\":{\"quantity\":2,\"unit\":\"PEOPLE_REMOVED\"}"), body);
    assertEquals(true, body.contains("\"amount\":\"84250.00\""), body);
    // A count, never who: no case of the flight is named.
    for (long person : people) {
      assertFalse(body.contains("\"caseId\""), body);
      assertFalse(body.contains("cases/" + person), body);
    }
  }
}
