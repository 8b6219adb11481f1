package org.puente.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock shared code reads the time from (purges of idempotency records and delivered outbox
 * messages): the system's, unless a service produces its own, as a test does to move time.
 */
public class SystemClock {

  @Produces
  @Singleton
  @DefaultBean
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
