package org.puente.removals.calendar;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the service reads the time from: the system's, replaced in tests to fix a moment. */
public class Clocks {

  @Produces
  @Singleton
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
