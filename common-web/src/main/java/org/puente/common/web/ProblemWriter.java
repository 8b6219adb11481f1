package org.puente.common.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.puente.common.problem.Problem;
import org.puente.common.problem.ProblemType;
import org.puente.common.request.RequestIds;

/**
 * Writes a problem on the HTTP layer (a Vert.x route or filter, before or outside JAX-RS), in the
 * shape the services' mappers give it: the same members in the same order, empty ones left out.
 */
public final class ProblemWriter {

  private ProblemWriter() {}

  /**
   * Ends the exchange with a problem of this type (its own status and title) for the request's path
   * and id; does nothing if the response has already ended.
   */
  public static void send(RoutingContext rc, ProblemType type, String detail) {
    if (rc.response().ended()) {
      return;
    }
    Problem problem = Problems.of(type, detail, rc.normalizedPath(), RequestIds.of(rc));
    rc.response()
        .setStatusCode(problem.status())
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .end(json(problem));
  }

  /**
   * The problem as JSON, as Jackson writes the record ({@code NON_EMPTY}: no null or empty member).
   */
  public static String json(Problem problem) {
    JsonObject json = new JsonObject();
    putText(json, "type", problem.type());
    putText(json, "title", problem.title());
    json.put("status", problem.status());
    putText(json, "detail", problem.detail());
    putText(json, "instance", problem.instance());
    putText(json, "requestId", problem.requestId());
    List<Problem.FieldError> errors = problem.errors();
    if (errors != null && !errors.isEmpty()) {
      JsonArray array = new JsonArray();
      errors.forEach(
          e -> array.add(new JsonObject().put("field", e.field()).put("message", e.message())));
      json.put("errors", array);
    }
    List<String> reasons = problem.reasons();
    if (reasons != null && !reasons.isEmpty()) {
      json.put("reasons", new JsonArray(List.copyOf(reasons)));
    }
    return json.encode();
  }

  private static void putText(JsonObject json, String name, String value) {
    if (value != null && !value.isEmpty()) {
      json.put(name, value);
    }
  }
}
