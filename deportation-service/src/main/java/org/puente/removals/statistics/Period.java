package org.puente.removals.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.puente.common.problem.ProblemException;

/**
 * The bounds of a statistics period: an ISO date, or a month ({@code 2024-03}) standing for its
 * first day (as {@code from}) or its last day (as {@code to}).
 */
final class Period {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private Period() {}

  /** The first day: the date given, or the first day of the month given. */
  static LocalDate start(String name, String value) {
    YearMonth month = month(name, value);
    return month != null ? month.atDay(1) : date(name, value);
  }

  /** The last day: the date given, or the last day of the month given. */
  static LocalDate end(String name, String value) {
    YearMonth month = month(name, value);
    return month != null ? month.atEndOfMonth() : date(name, value);
  }

  /** A required ISO date (the month form is read by {@link #month}). */
  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalid(name, "is required");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(name, "must be an ISO date such as 2024-08-20");
    }
  }

  private static YearMonth month(String name, String value) {
    if (value == null || !MONTH.matcher(value.strip()).matches()) {
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(name, "must be a month such as 2024-03 or a date");
    }
  }
}
