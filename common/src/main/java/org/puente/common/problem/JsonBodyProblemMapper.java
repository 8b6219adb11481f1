package org.puente.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body that is not JSON, or not the JSON this operation takes: a 400 naming the field and what
 * was expected there.
 */
public class JsonBodyProblemMapper {

  // Jackson: one mapper per type Quarkus has a built-in for, so ours is the closest match.

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    return malformed("Body is not valid JSON", List.of(), uri);
  }

  @ServerExceptionMapper
  public Response json(JsonParseException e, UriInfo uri) {
    return malformed("Body is not valid JSON", List.of(), uri);
  }

  @ServerExceptionMapper
  public Response json(StreamConstraintsException e, UriInfo uri) {
    return malformed("Body exceeds the JSON size limits", List.of(), uri);
  }

  @ServerExceptionMapper
  public Response json(JsonMappingException e, UriInfo uri) {
    return malformed("Body does not match the expected shape", fieldOf(e, "invalid value"), uri);
  }

  @ServerExceptionMapper
  public Response json(MismatchedInputException e, UriInfo uri) {
    String message = "expected " + describe(e.getTargetType());
    return malformed("Body does not match the expected shape", fieldOf(e, message), uri);
  }

  @ServerExceptionMapper
  public Response json(InvalidFormatException e, UriInfo uri) {
    return malformed(
        "A field has a value of the wrong format",
        fieldOf(e, "expected " + describe(e.getTargetType())),
        uri);
  }

  @ServerExceptionMapper
  public Response json(UnrecognizedPropertyException e, UriInfo uri) {
    return malformed("Body has a field this operation does not accept", fieldOf(e, "unknown"), uri);
  }

  @ServerExceptionMapper
  public Response json(ValueInstantiationException e, UriInfo uri) {
    String message = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : null;
    return malformed(
        "Body does not match the expected shape",
        fieldOf(e, message == null ? "invalid value" : message),
        uri);
  }

  private static Response malformed(String detail, List<Problem.FieldError> errors, UriInfo uri) {
    String full =
        errors.isEmpty()
            ? detail
            : detail
                + ": "
                + errors.stream()
                    .map(f -> f.field() + " " + f.message())
                    .collect(Collectors.joining("; "));
    return ProblemResponses.respond(
        uri, ProblemType.MALFORMED_BODY, 400, full, errors, List.of(), null);
  }

  private static List<Problem.FieldError> fieldOf(JsonMappingException e, String message) {
    String field =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    return List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message));
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    return switch (type.getSimpleName()) {
      case "BigDecimal" -> "a decimal number as a string such as \"123.45\"";
      case "LocalDate" -> "an ISO date such as 2024-08-20";
      case "Instant", "OffsetDateTime" -> "a UTC timestamp such as 2024-08-20T14:00:00Z";
      case "int", "Integer", "long", "Long" -> "an integer";
      case "String" -> "a string";
      case "boolean", "Boolean" -> "true or false";
      default -> "an object of type " + type.getSimpleName();
    };
  }
}
