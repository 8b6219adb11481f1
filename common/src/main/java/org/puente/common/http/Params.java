package org.puente.common.http;

import org.puente.common.problem.ProblemException;

/**
 * What typed query parameters ({@link TypedParams}) leave to the resource: a parameter the request
 * must carry. An absent or blank one is a 400 problem naming it.
 */
public final class Params {

  private Params() {}

  public static <T> T required(String name, T value) {
    if (value == null) {
      throw ProblemException.invalid(name, "is required");
    }
    return value;
  }
}
