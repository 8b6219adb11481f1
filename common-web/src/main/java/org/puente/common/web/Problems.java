package org.puente.common.web;

import java.util.List;
import org.puente.common.problem.Problem;
import org.puente.common.problem.ProblemType;
import org.puente.common.request.RequestIds;

/**
 * Builds the {@link Problem} every answer of the suite carries, whoever writes it: the services'
 * exception mappers and the gateway's own answers.
 */
public final class Problems {

  private Problems() {}

  /** A problem of the request being served: its id is the one in the log context. */
  public static Problem of(
      ProblemType type,
      int status,
      String detail,
      String instance,
      List<Problem.FieldError> errors,
      List<String> reasons) {
    return of(type, status, detail, instance, RequestIds.current(), errors, reasons);
  }

  /** A problem with neither failing fields nor reasons, for a request of the given id. */
  public static Problem of(ProblemType type, String detail, String instance, String requestId) {
    return of(type, type.status(), detail, instance, requestId, List.of(), List.of());
  }

  public static Problem of(
      ProblemType type,
      int status,
      String detail,
      String instance,
      String requestId,
      List<Problem.FieldError> errors,
      List<String> reasons) {
    return new Problem(
        type.uri(), type.title(), status, detail, instance, requestId, errors, reasons);
  }
}
