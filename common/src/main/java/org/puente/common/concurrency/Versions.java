package org.puente.common.concurrency;

import org.puente.common.problem.ProblemException;
import org.puente.common.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: reads send the entity's version as a strong {@code ETag};
 * changes must send it back in {@code If-Match}. Missing: 428. Stale: 412. The version column
 * catches the race between two requests that both sent the current version.
 */
public final class Versions {

  private Versions() {}

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** Checks {@code If-Match} against the current version. */
  public static void checkIfMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag you last read, so a concurrent change is never overwritten");
    }
    String expected = etag(currentVersion);
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals(expected) || tag.equals("W/" + expected)) {
        return;
      }
    }
    throw new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "The resource was changed since you read it (current ETag " + expected + ")");
  }
}
