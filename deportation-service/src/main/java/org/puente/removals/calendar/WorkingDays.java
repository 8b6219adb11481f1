package org.puente.removals.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts working days as an administrative deadline does: the day something is received does not
 * count, Saturdays, Sundays and the given holidays never count, and the deadline is the last
 * working day counted ("within 5 working days" of a Friday is the next Friday).
 */
public final class WorkingDays {

  private final Set<LocalDate> holidays;

  public WorkingDays(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  /** Whether the date is a working day. */
  public boolean working(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /** The {@code days}-th working day after {@code start}; {@code start} itself for zero days. */
  public LocalDate plus(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (working(date)) {
        counted++;
      }
    }
    return date;
  }
}
