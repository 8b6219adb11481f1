package org.puente.common.problem;

import java.util.List;

/**
 * Thrown by services and rules to answer with a problem. Carries no stack trace: it is an expected
 * outcome, not a fault.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<String> reasons;
  private final List<Problem.FieldError> errors;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of(), List.of());
  }

  public ProblemException(
      ProblemType type, String detail, List<String> reasons, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.reasons = List.copyOf(reasons);
    this.errors = List.copyOf(errors);
  }

  public ProblemType type() {
    return type;
  }

  public List<String> reasons() {
    return reasons;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
  }

  public static ProblemException conflict(String reason) {
    return new ProblemException(ProblemType.CONFLICT, reason, List.of(reason), List.of());
  }

  /** A refusal for several reasons at once: every one is reported, not only the first. */
  public static ProblemException conflict(String detail, List<String> reasons) {
    return new ProblemException(ProblemType.CONFLICT, detail, reasons, List.of());
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        field + ": " + message,
        List.of(),
        List.of(new Problem.FieldError(field, message)));
  }
}
