package org.puente.common.http;

import jakarta.ws.rs.BadRequestException;
import org.puente.common.problem.ProblemException;

/**
 * A query parameter whose value cannot be read as its declared type. A {@code ParamConverter} must
 * throw a {@code WebApplicationException} for the request to fail with it: Quarkus REST turns any
 * other exception from a query parameter's converter into a 404. Answered as the same 400 problem
 * as {@link ProblemException#invalid}, naming the parameter.
 */
public class InvalidParamException extends BadRequestException {

  private final transient ProblemException problem;

  public InvalidParamException(String name, String message) {
    super(name + ": " + message);
    this.problem = ProblemException.invalid(name, message);
  }

  /** The problem to answer with. */
  public ProblemException problem() {
    return problem;
  }

  /** An expected outcome, not a fault: no stack trace to fill. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
