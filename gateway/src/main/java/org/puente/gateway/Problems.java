package org.puente.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes RFC 9457 problems from the gateway itself, in the same shape the services use. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static JsonObject body(
      int status, String type, String title, String detail, String instance, String requestId) {
    JsonObject problem =
        new JsonObject()
            .put("type", "urn:puente:problem:" + type)
            .put("title", title)
            .put("status", status)
            .put("detail", detail)
            .put("instance", instance);
    if (requestId != null) {
      problem.put("requestId", requestId);
    }
    return problem;
  }

  public static void send(RoutingContext rc, int status, String type, String title, String detail) {
    if (rc.response().ended()) {
      return;
    }
    Object requestId = rc.get(RequestIds.KEY);
    rc.response()
        .setStatusCode(status)
        .putHeader("Content-Type", MEDIA_TYPE)
        .end(
            body(
                    status,
                    type,
                    title,
                    detail,
                    rc.normalizedPath(),
                    requestId == null ? null : requestId.toString())
                .encode());
  }
}
