package org.puente.common.http;

import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed query parameters: an enum, a {@link LocalDate}, an {@link Instant} or a {@link Long}
 * (a positive id when the parameter is also {@code @Positive}). A value that does not read is a 400
 * problem naming the parameter ({@link InvalidParamException}), never the 404 JAX-RS gives an
 * unparsable query parameter; a blank value is no value (null), as an absent one. The messages are
 * those of {@link Params}, whose string parsing this replaces:
 *
 * <pre>
 * &#64;QueryParam("status") SessionStatus status          // must be one of A, B
 * &#64;QueryParam("startsFrom") LocalDate startsFrom      // must be an ISO date such as 2024-08-20
 * &#64;QueryParam("changedSince") Instant changedSince    // must be a UTC timestamp such as ...
 * &#64;QueryParam("courseId") &#64;Positive Long courseId // must be a positive integer id
 * </pre>
 *
 * Path and header parameters are left to JAX-RS: an unreadable path is rightly a 404.
 */
@Provider
public class TypedParams implements ParamConverterProvider {

  static final String ENUM = "must be one of ";
  static final String DATE = "must be an ISO date such as 2024-08-20";
  static final String TIMESTAMP = "must be a UTC timestamp such as 2024-08-20T14:00:00Z";
  static final String ID = "must be a positive integer id";
  static final String INTEGER = "must be an integer";

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = queryParamName(annotations);
    if (name == null) {
      return null;
    }
    if (rawType.isEnum()) {
      return (ParamConverter<T>) enumOf((Class) rawType, name);
    }
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>) new Typed<>(name, DATE, LocalDate::parse, LocalDate::toString);
    }
    if (rawType == Instant.class) {
      return (ParamConverter<T>) new Typed<>(name, TIMESTAMP, Instant::parse, Instant::toString);
    }
    if (rawType == Long.class) {
      boolean positive = Arrays.stream(annotations).anyMatch(a -> a instanceof Positive);
      return (ParamConverter<T>)
          new Typed<>(
              name,
              positive ? ID : INTEGER,
              text -> {
                long value = Long.parseLong(text);
                if (positive && value <= 0) {
                  throw new NumberFormatException("not positive");
                }
                return value;
              },
              String::valueOf);
    }
    return null;
  }

  private static String queryParamName(Annotation[] annotations) {
    if (annotations == null) {
      return null;
    }
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
    }
    return null;
  }

  private static <E extends Enum<E>> ParamConverter<E> enumOf(Class<E> type, String name) {
    String message =
        ENUM
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    return new Typed<>(name, message, text -> Enum.valueOf(type, text), Enum::name);
  }

  /** Reads one parameter's value; any failure to read it is the parameter's 400 problem. */
  private record Typed<T>(
      String name, String message, Function<String, T> read, Function<T, String> write)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return read.apply(value.trim());
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new InvalidParamException(name, message);
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : write.apply(value);
    }
  }
}
