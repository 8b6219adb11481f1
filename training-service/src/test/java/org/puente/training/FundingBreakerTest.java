package org.puente.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.puente.clients.funding.FundingClient;
import org.puente.common.money.Money;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/**
 * The circuit breaker of {@link FundingClient} as configured (4 requests, half of them failed, open
 * 5 s): a funding-service that keeps failing is cut off, so the outbox fails fast without asking
 * it; and the next test starts with the breaker closed (breakers are reset between tests, never
 * switched off). The tests run in order, the second within the first's open delay.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundingBreakerTest {

  @InjectStub FundingStub funding;

  @Inject FundingClient client;

  private FundingClient.Answer obligate(String key) {
    return client.obligate(key, 501, Money.usd("10.00"), "TRAINING_SESSION", key);
  }

  @Test
  @Order(1)
  void aFailingFundingServiceOpensTheBreakerAndIsNoLongerAsked() {
    String tag = "breaker-test:" + System.nanoTime();
    // A sender that was working: answered once (the first call fetches the service's token and
    // may be slow on a busy machine), then the breaker closed and clean as in the next test.
    for (int i = 0; i < 3; i++) {
      try {
        if (obligate(tag + "-ok-" + i).accepted()) {
          break;
        }
      } catch (TimeoutException slow) {
        // warming up
      }
    }
    CircuitBreakerMaintenance.get().resetAll();
    int before = funding.received(tag).size();
    funding.down(true);
    int failures = 0;
    CircuitBreakerOpenException open = null;
    for (int i = 0; i < 10 && open == null; i++) {
      try {
        obligate(tag + "-" + i);
      } catch (FundingClient.Unavailable | TimeoutException e) {
        failures++;
      } catch (CircuitBreakerOpenException e) {
        open = e;
      }
    }
    assertNotNull(open, "the breaker opened");
    assertTrue(failures >= 2 && failures <= 4, "opened after the configured failures: " + failures);
    int asked = funding.received(tag).size();
    assertEquals(before + failures, asked, "each failure reached funding-service");

    // Open: refused at once, funding-service not asked, even though it is back.
    funding.down(false);
    long start = System.nanoTime();
    assertThrows(CircuitBreakerOpenException.class, () -> obligate(tag + "-fast"));
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000, "failed fast");
    assertEquals(asked, funding.received(tag).size(), "funding-service was not asked");
  }

  @Test
  @Order(2)
  void theNextTestFindsTheBreakerClosed() {
    String key = "breaker-test:" + System.nanoTime();
    FundingClient.Answer answer = obligate(key);
    assertTrue(answer.accepted(), String.valueOf(answer.refusal()));
    assertEquals(1, funding.received(key).size());
  }
}
