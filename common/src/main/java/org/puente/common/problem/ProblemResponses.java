package org.puente.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.puente.common.web.Problems;

/**
 * Builds every problem response the mappers send: the {@link Problem} itself (with the current
 * request id) and the few answers more than one mapper gives (an unexpected fault, a stale
 * resource, a retryable outage).
 */
final class ProblemResponses {

  /**
   * Unexpected faults are logged by class and frame only: their messages may carry personal data.
   * The category is the one these lines always had, so log settings and searches keep finding them.
   */
  private static final Logger LOG = Logger.getLogger("org.puente.common.problem.ProblemMappers");

  private ProblemResponses() {}

  static Response respond(
      UriInfo uri,
      ProblemType type,
      int status,
      String detail,
      List<Problem.FieldError> errors,
      List<String> reasons,
      String instance) {
    Problem body =
        Problems.of(
            type,
            status,
            detail,
            instance != null ? instance : (uri == null ? null : uri.getPath()),
            errors,
            reasons);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  /** A problem with neither failing fields nor reasons. */
  static Response respond(UriInfo uri, ProblemType type, int status, String detail) {
    return respond(uri, type, status, detail, List.of(), List.of(), null);
  }

  static Response withHeader(Response response, String name, String value) {
    return Response.fromResponse(response).header(name, value).build();
  }

  /** 503 with Retry-After: the client may send the same request again shortly. */
  static Response unavailable(UriInfo uri, String detail) {
    return withHeader(
        respond(uri, ProblemType.UNAVAILABLE, 503, detail), HttpHeaders.RETRY_AFTER, "5");
  }

  static Response stale(UriInfo uri) {
    return respond(
        uri,
        ProblemType.PRECONDITION_FAILED,
        412,
        "The resource was changed by someone else; read it again and retry");
  }

  /** A fault of ours: logged by class and frame (never its message), answered with a bare 500. */
  static Response internal(Throwable e, UriInfo uri) {
    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    LOG.errorf("Unhandled %s at %s (causes: %s)", e.getClass().getName(), at, causes(e));
    return respond(
        uri,
        ProblemType.INTERNAL,
        500,
        "An unexpected error occurred; quote the request id when reporting it");
  }

  private static String causes(Throwable e) {
    List<String> names = new ArrayList<>();
    for (Throwable t = e.getCause(); t != null && names.size() < 5; t = t.getCause()) {
      names.add(t.getClass().getSimpleName());
    }
    return String.join(" <- ", names);
  }

  /** Logs why the token issuer could not verify a token (its kind only). */
  static void issuerUnavailable(Throwable e) {
    LOG.warnf("Token issuer unavailable: %s", e.getClass().getSimpleName());
  }
}
