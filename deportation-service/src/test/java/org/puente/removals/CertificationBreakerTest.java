package org.puente.removals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.puente.removals.training.CertificationClient;
import org.puente.removals.training.CertificationClient.Competency;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.TrainingStub;

/**
 * The circuit breaker of {@link CertificationClient} as configured (6 attempts, half of them
 * failed, open 10 s; each question tried 3 times): a training-service that keeps failing is cut
 * off, so the question fails at once without reaching it; and the next test starts with the breaker
 * closed (breakers are reset between tests, never switched off). The tests run in order, the second
 * well within the first's open delay.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificationBreakerTest {

  @InjectStub TrainingStub training;

  @Inject CertificationClient client;

  private boolean certified() {
    return client.certification(501, Competency.PROTECTION_SCREENING, Fixtures.TODAY).isPresent();
  }

  @Test
  @Order(1)
  void aFailingTrainingServiceOpensTheBreakerAndIsNoLongerAsked() {
    // A client that was working: answered once (the first call may be slow), breaker clean.
    assertTrue(certified());
    CircuitBreakerMaintenance.get().resetAll();
    int before = training.requests();
    training.down(true);
    int failed = 0;
    CircuitBreakerOpenException open = null;
    for (int i = 0; i < 10 && open == null; i++) {
      try {
        certified();
      } catch (CircuitBreakerOpenException e) {
        open = e;
      } catch (RuntimeException e) {
        failed++;
      }
    }
    assertNotNull(open, "the breaker opened");
    assertTrue(failed >= 1 && failed <= 2, "opened after the configured failures: " + failed);
    int asked = training.requests();
    assertTrue(asked - before >= 3 && asked - before <= 6, "attempts: " + (asked - before));

    // Open: refused without asking training-service, even though it is back.
    training.down(false);
    long start = System.nanoTime();
    assertThrows(CircuitBreakerOpenException.class, this::certified);
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000, "failed fast");
    assertEquals(asked, training.requests(), "training-service was not asked");
  }

  @Test
  @Order(2)
  void theNextTestFindsTheBreakerClosed() {
    assertTrue(certified());
    assertEquals(1, training.requests());
  }
}
