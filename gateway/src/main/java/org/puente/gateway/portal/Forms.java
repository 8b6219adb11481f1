package org.puente.gateway.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.puente.common.money.Money;

/** A form's fields as the API takes them. */
final class Forms {

  private Forms() {}

  /** An empty field is an absent one. */
  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A checkbox or a yes/no choice: {@code true} when it says so. */
  static boolean yes(String value) {
    return "true".equals(value);
  }

  /**
   * A choice of the API's enum by its name; none chosen is none (the service then names the field
   * in its 400). A value no choice offers is refused here as the service would refuse it.
   */
  static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
    String name = blankToNull(value);
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw BackendProblem.invalid(field, "is not one of the values offered");
    }
  }

  /** A date field (ISO, as a date input sends it); empty is none. */
  static LocalDate date(String value, String field) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw BackendProblem.invalid(field, "must be a date (yyyy-mm-dd)");
    }
  }

  /** An amount in US dollars (the portal's money fields); empty is none. */
  static Money usd(String value, String field) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return new Money(new BigDecimal(text), Money.USD);
    } catch (NumberFormatException e) {
      throw BackendProblem.invalid(field + ".amount", "must be an amount such as 1250.00");
    }
  }

  /** A number field; empty is none. */
  static Long number(String value, String field) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw BackendProblem.invalid(field, "must be a whole number");
    }
  }

  /**
   * A {@code datetime-local} field, read in the agency's zone (the portal names it next to the
   * field, and shows times in it), as the instant it names.
   */
  static Instant instant(String local, ZoneId zone, String field) {
    String text = blankToNull(local);
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw BackendProblem.invalid(field, "must be a date and time");
    }
  }
}
