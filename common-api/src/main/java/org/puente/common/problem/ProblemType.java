package org.puente.common.problem;

/** The stable problem types every service uses; clients switch on {@link #uri()}. */
public enum ProblemType {
  VALIDATION(400, "Request is not valid"),
  MALFORMED_BODY(400, "Request body is not valid JSON for this operation"),
  UNAUTHORIZED(401, "Authentication required"),
  FORBIDDEN(403, "Not allowed"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Request conflicts with the current state"),
  PRECONDITION_FAILED(412, "Resource was changed by someone else"),
  PAYLOAD_TOO_LARGE(413, "Request body is too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key was used with another request"),
  PRECONDITION_REQUIRED(428, "If-Match header is required"),
  TOO_MANY_REQUESTS(429, "Too many requests"),
  INTERNAL(500, "Internal error"),
  BAD_GATEWAY(502, "Upstream service failed"),
  UNAVAILABLE(503, "Service unavailable"),
  GATEWAY_TIMEOUT(504, "Upstream service did not answer in time");

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** A URN rather than a URL: stable, and promises no documentation host. */
  public String uri() {
    return "urn:puente:problem:" + name().toLowerCase().replace('_', '-');
  }

  /** The type for a bare HTTP status, for errors raised by the framework itself. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != MALFORMED_BODY && type != IDEMPOTENCY_KEY_REUSED) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : VALIDATION;
  }
}
