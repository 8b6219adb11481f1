package org.puente.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.common.problem.Problem;
import org.puente.common.problem.ProblemType;
import org.puente.common.request.RequestIds;

/**
 * Refuses a body whose declared length is over {@code quarkus.http.limits.max-body-size} with a
 * problem, before reading it. (A chunked body over the limit is still cut off by Vert.x itself.)
 */
@ApplicationScoped
public class BodyLimitFilter {

  private final long maxBytes;
  private final byte[] body;

  BodyLimitFilter(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
          MemorySize max,
      ObjectMapper json)
      throws Exception {
    this.maxBytes = max.asLongValue();
    this.body =
        json.writeValueAsBytes(
            new Problem(
                ProblemType.PAYLOAD_TOO_LARGE.uri(),
                ProblemType.PAYLOAD_TOO_LARGE.title(),
                413,
                "Bodies are limited to " + maxBytes + " bytes",
                null,
                null,
                List.of(),
                List.of()));
  }

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String length = rc.request().getHeader("Content-Length");
          if (length != null && tooLong(length)) {
            rc.response()
                .setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .putHeader(RequestIds.HEADER, String.valueOf(rc.<String>get(RequestIds.MDC_KEY)))
                .end(io.vertx.core.buffer.Buffer.buffer(body));
            return;
          }
          rc.next();
        },
        900);
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.trim()) > maxBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
