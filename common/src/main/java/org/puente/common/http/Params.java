package org.puente.common.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.puente.common.problem.ProblemException;

/**
 * Parses query parameters into typed values with a 400 problem naming the parameter. (JAX-RS would
 * answer an unparsable query parameter with 404.)
 */
public final class Params {

  private Params() {}

  public static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          name,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(name, "must be an ISO date such as 2024-08-20");
    }
  }

  public static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ProblemException.invalid(name, "must be a positive integer id");
  }

  public static <T> T required(String name, T value) {
    if (value == null) {
      throw ProblemException.invalid(name, "is required");
    }
    return value;
  }
}
