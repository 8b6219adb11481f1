package org.puente.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable and machine-readable; {@code title} names the
 * kind of problem; {@code detail} explains this occurrence. {@code errors} lists failing fields of
 * a validation problem, {@code reasons} every reason a rule refused the request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<FieldError> errors,
    List<String> reasons) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One failing field: a JSON path such as {@code capacity} or {@code cost.amount}. */
  public record FieldError(String field, String message) {}
}
