package org.puente.removals;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system's, unless a test fixes a moment (a deadline evening in
 * Panama, say) with {@link #fix} and puts it back with {@link #reset}.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

  private volatile Instant fixed;

  public void fix(Instant instant) {
    fixed = instant;
  }

  public void reset() {
    fixed = null;
  }

  @Override
  public Instant instant() {
    Instant f = fixed;
    return f == null ? Instant.now() : f;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service reads dates through LegalCalendar");
  }
}
