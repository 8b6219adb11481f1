package org.puente.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.puente.common.request.RequestIds;
import org.puente.trust.TrustViolations;

/**
 * Turns every exception into an RFC 9457 problem. No stack trace, SQL or request data ever reaches
 * the client; unexpected faults are logged by class and frame only, since their messages may carry
 * personal data.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** Writes why a bearer token was refused (its kind, never its content). */
  @Inject TrustViolations trustViolations;

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(uri, e.type(), e.type().status(), e.getMessage(), e.errors(), e.reasons(), null);
  }

  @ServerExceptionMapper
  public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
    boolean ourFault =
        e.getConstraintViolations().stream()
            .anyMatch(
                v -> {
                  for (Path.Node node : v.getPropertyPath()) {
                    if (node.getKind() == ElementKind.RETURN_VALUE) {
                      return true;
                    }
                  }
                  return false;
                });
    if (ourFault) {
      return internal(e, uri);
    }
    return violation(e, uri);
  }

  @ServerExceptionMapper
  public Response violations(ConstraintViolationException e, UriInfo uri) {
    return violation(e, uri);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
    trustViolations.refused(
        headers.getHeaderString(HttpHeaders.AUTHORIZATION), uri.getRequestUri().getPath());
    return challenge(uri);
  }

  @ServerExceptionMapper
  public Response unauthenticated(
      AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
    trustViolations.refused(
        headers.getHeaderString(HttpHeaders.AUTHORIZATION), uri.getRequestUri().getPath());
    return challenge(uri);
  }

  /** The token issuer could not be reached to verify a token: fail closed, and say so. */
  @ServerExceptionMapper
  public Response issuerUnavailable(io.quarkus.oidc.OIDCException e, UriInfo uri) {
    LOG.warnf("Token issuer unavailable: %s", e.getClass().getSimpleName());
    return respond(
        uri,
        ProblemType.UNAVAILABLE,
        503,
        "The token issuer cannot be reached to verify the token; try again shortly",
        List.of(),
        List.of(),
        null);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(
        uri,
        ProblemType.FORBIDDEN,
        403,
        "Your role or agency does not allow this operation",
        List.of(),
        List.of(),
        null);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return internal(e, uri);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 404 -> "No resource at this path";
          case 405 -> "This path does not accept this method";
          case 406 -> "This resource is served as application/json only";
          case 415 -> "Send the body as application/json";
          default -> type.title();
        };
    Response response = respond(uri, type, status, detail, List.of(), List.of(), null);
    if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
      return Response.fromResponse(response)
          .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
          .build();
    }
    return response;
  }

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

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return stale(uri);
  }

  @ServerExceptionMapper
  public Response anyOther(Throwable e, UriInfo uri) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) {
        return problem(p, uri);
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return stale(uri);
      }
      if (t instanceof PessimisticLockException) {
        return respond(
            uri,
            ProblemType.CONFLICT,
            409,
            "The record is busy; try again",
            List.of(),
            List.of("busy"),
            null);
      }
      if (t instanceof org.hibernate.exception.JDBCConnectionException
          || t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLException sql && databaseAway(sql)) {
        // The database is away (restarting, failing over): nothing was done; the client retries.
        return unavailable(
            uri, "The database is unavailable; nothing was recorded. Try again shortly");
      }
      if (t instanceof java.sql.SQLException sql && databaseFull(sql)) {
        // The database refuses more connections (all its slots are taken): a passing overload,
        // not a fault of this request. Nothing was done; the client retries.
        return unavailable(
            uri, "The database is busy and refused the connection; nothing was recorded. Retry");
      }
      if (t instanceof jakarta.transaction.RollbackException && t.getCause() == null) {
        // The commit itself failed (the connection broke as it was sent): the database did not
        // confirm the change. The client retries with the same Idempotency-Key, which records it
        // at most once whichever way the commit went.
        return unavailable(
            uri, "The database did not confirm the change; retry with the same Idempotency-Key");
      }
      if (t instanceof org.hibernate.exception.DataException) {
        // A value the database cannot store (the last line of defence behind validation).
        String reason = "a value cannot be stored as given";
        return respond(uri, ProblemType.VALIDATION, 400, reason, List.of(), List.of(reason), null);
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException cve) {
        // Pre-checks in the services give the precise reason; this is the last line of defence.
        String reason = "conflicts with an existing record (" + cve.getConstraintName() + ")";
        return respond(uri, ProblemType.CONFLICT, 409, reason, List.of(), List.of(reason), null);
      }
    }
    return internal(e, uri);
  }

  /**
   * The database is away rather than refusing this request: no connection from the pool, a
   * connection lost (SQLSTATE class 08), or the server shutting down, crashing or starting up
   * (57P01, 57P02, 57P03).
   */
  private static boolean databaseAway(java.sql.SQLException e) {
    String state = e.getSQLState();
    return (e.getMessage() != null && e.getMessage().contains("Acquisition timeout"))
        || (state != null && (state.startsWith("08") || state.matches("57P0[123]")));
  }

  /**
   * The database refuses a new connection because it has no slot for it: too many clients (53300),
   * a configured limit such as a role's connection limit (53400), or not accepting connections yet
   * (57P03, also a server starting up, matched by {@link #databaseAway}).
   */
  static boolean databaseFull(java.sql.SQLException e) {
    String state = e.getSQLState();
    return "53300".equals(state) || "53400".equals(state) || "57P03".equals(state);
  }

  /** 503 with Retry-After: the client may send the same request again shortly. */
  private static Response unavailable(UriInfo uri, String detail) {
    Response response =
        respond(uri, ProblemType.UNAVAILABLE, 503, detail, List.of(), List.of(), null);
    return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, "5").build();
  }

  private Response stale(UriInfo uri) {
    return respond(
        uri,
        ProblemType.PRECONDITION_FAILED,
        412,
        "The resource was changed by someone else; read it again and retry",
        List.of(),
        List.of(),
        null);
  }

  private Response internal(Throwable e, UriInfo uri) {
    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    LOG.errorf("Unhandled %s at %s (causes: %s)", e.getClass().getName(), at, causes(e));
    return respond(
        uri,
        ProblemType.INTERNAL,
        500,
        "An unexpected error occurred; quote the request id when reporting it",
        List.of(),
        List.of(),
        null);
  }

  private static String causes(Throwable e) {
    List<String> names = new ArrayList<>();
    for (Throwable t = e.getCause(); t != null && names.size() < 5; t = t.getCause()) {
      names.add(t.getClass().getSimpleName());
    }
    return String.join(" <- ", names);
  }

  private Response challenge(UriInfo uri) {
    Response response =
        respond(
            uri,
            ProblemType.UNAUTHORIZED,
            401,
            "Send a valid bearer access token",
            List.of(),
            List.of(),
            null);
    return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }

  private Response violation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return respond(uri, ProblemType.VALIDATION, 400, detail, errors, List.of(), null);
  }

  /** The client's name for a violated field: the path after the method and its parameter. */
  static String fieldName(ConstraintViolation<?> v) {
    List<String> parts = new ArrayList<>();
    boolean parameterSeen = false;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameterSeen = true;
        parts.add(node.getName());
        continue;
      }
      if (parameterSeen && parts.size() == 1 && isBody(parts.get(0))) {
        parts.clear();
      }
      String name = node.getName();
      if (node.getIndex() != null) {
        name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
      }
      if (name != null) {
        parts.add(name);
      }
    }
    return parts.isEmpty() ? "body" : String.join(".", parts);
  }

  private static boolean isBody(String parameterName) {
    // Body parameters are named request/body by convention; query params keep their own name.
    return parameterName.equals("body") || parameterName.equals("request");
  }

  private Response malformed(String detail, List<Problem.FieldError> errors, UriInfo uri) {
    String full =
        errors.isEmpty()
            ? detail
            : detail
                + ": "
                + errors.stream()
                    .map(f -> f.field() + " " + f.message())
                    .collect(Collectors.joining("; "));
    return respond(uri, ProblemType.MALFORMED_BODY, 400, full, errors, List.of(), null);
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

  static Response respond(
      UriInfo uri,
      ProblemType type,
      int status,
      String detail,
      List<Problem.FieldError> errors,
      List<String> reasons,
      String instance) {
    Problem body =
        new Problem(
            type.uri(),
            type.title(),
            status,
            detail,
            instance != null ? instance : (uri == null ? null : uri.getPath()),
            RequestIds.current(),
            errors,
            reasons);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
  }
}
