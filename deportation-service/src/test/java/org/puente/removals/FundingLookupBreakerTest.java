package org.puente.removals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.puente.clients.funding.FundingLookup;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/**
 * The circuit breaker of {@link FundingLookup} as configured (6 attempts, half of them failed, open
 * 10 s; each question tried 3 times), through recording an operation as funded: a funding-service
 * that keeps failing is cut off, so the question fails closed at once without reaching it; and the
 * next test starts with the breaker closed (reset between tests, never switched off).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundingLookupBreakerTest {

  @InjectStub FundingStub funding;

  /** The reads that reached funding-service (the outbox's writes of other tests may arrive too). */
  private long reads() {
    return funding.all().stream().filter(r -> r.method().equals("GET")).count();
  }

  @Test
  @Order(1)
  void aFailingFundingServiceOpensTheBreakerAndIsNoLongerAsked() {
    long id = Fixtures.plannedOperation(10, "CO");
    funding.made(9191, "removal-operation:" + id);
    funding.down(true);
    int reached = 0;
    boolean cutOff = false;
    for (int i = 0; i < 5 && !cutOff; i++) {
      long before = reads();
      Fixtures.recordFunding(id, 9191)
          .then()
          .statusCode(503)
          .body("detail", containsString("could not confirm"));
      if (reads() == before) {
        cutOff = true;
      } else {
        reached++;
      }
    }
    assertTrue(cutOff, "the breaker opened");
    assertTrue(reached >= 1 && reached <= 2, "opened after the configured failures: " + reached);

    // Open: refused without asking funding-service, even though it is back.
    funding.down(false);
    long asked = reads();
    Fixtures.recordFunding(id, 9191).then().statusCode(503);
    assertEquals(asked, reads(), "funding-service was not asked");
  }

  @Test
  @Order(2)
  void theNextTestFindsTheBreakerClosed() {
    long id = Fixtures.plannedOperation(10, "CO");
    funding.made(9292, "removal-operation:" + id);
    Fixtures.recordFunding(id, 9292).then().statusCode(200).body("status", equalTo("FUNDED"));
    assertEquals(1, reads());
  }
}
