package org.puente.removals.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.puente.removals.RemovalsConfig;

/**
 * Legal dates as the owning agency's law counts them. An appeal deadline, "today" in the gate and a
 * document's expiry on the day of departure are dates in the agency's time zone, not in UTC: from
 * 19:00 in Panama the UTC date is already tomorrow, and a window still open there would count as
 * closed. Times stay UTC everywhere else.
 */
@ApplicationScoped
public class LegalCalendar {

  private final Clock clock;
  private final ZoneId zone;
  private final WorkingDays workingDays;

  LegalCalendar(Clock clock, RemovalsConfig config) {
    this.clock = clock;
    this.zone = config.zone();
    this.workingDays = new WorkingDays(config.holidays().orElse(java.util.Set.of()));
  }

  /** The date {@code days} working days after {@code start} (weekends and holidays skipped). */
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    return workingDays.plus(start, days);
  }

  /** The agency's time zone. */
  public ZoneId zone() {
    return zone;
  }

  /** The current instant. */
  public Instant now() {
    return clock.instant();
  }

  /** Today, in the agency's zone. */
  public LocalDate today() {
    return dateOf(clock.instant());
  }

  /** The legal date of an instant, such as a flight's departure, in the agency's zone. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }
}
