package org.puente.testing.faults;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Closes every circuit breaker before each Quarkus test, so a test that takes a partner down and
 * opens a breaker (as it should) leaves nothing behind for the next one. The breakers stay as
 * configured for production: tests exercise them rather than switch them off. Registered for every
 * module that uses test-support; a service without fault tolerance is left alone.
 */
public class ResetCircuitBreakers implements QuarkusTestBeforeEachCallback {

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    if (faultTolerance()) {
      Breakers.resetAll();
    }
  }

  private static boolean faultTolerance() {
    try {
      Class.forName(
          "io.smallrye.faulttolerance.api.CircuitBreakerMaintenance",
          false,
          Thread.currentThread().getContextClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Touches the fault tolerance API only once it is known to be there. */
  private static final class Breakers {
    static void resetAll() {
      CircuitBreakerMaintenance.get().resetAll();
    }
  }
}
