package org.puente.common.problem;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bean validation: a request that breaks a constraint is a 400 naming every failing field; a
 * response that breaks one is our fault (500).
 */
public class ValidationProblemMapper {

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
      return ProblemResponses.internal(e, uri);
    }
    return violation(e, uri);
  }

  @ServerExceptionMapper
  public Response violations(ConstraintViolationException e, UriInfo uri) {
    return violation(e, uri);
  }

  private static Response violation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return ProblemResponses.respond(
        uri, ProblemType.VALIDATION, 400, detail, errors, List.of(), null);
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
}
