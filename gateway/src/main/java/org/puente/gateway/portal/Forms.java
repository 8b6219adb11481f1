package org.puente.gateway.portal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A form's fields as the API takes them. */
final class Forms {

  private Forms() {}

  /** An empty field is an absent one. */
  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * A form's number as a number, or as typed when it is not one: the service then names the field
   * in its 400 rather than the portal guessing.
   */
  static Object number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /**
   * A {@code datetime-local} field, read in the agency's zone (the portal names it next to the
   * field, and shows times in it), sent as the UTC instant.
   */
  static String instant(String local, ZoneId zone) {
    if (local == null || local.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(local.strip()).atZone(zone).toInstant().toString();
    } catch (DateTimeParseException e) {
      return local;
    }
  }
}
