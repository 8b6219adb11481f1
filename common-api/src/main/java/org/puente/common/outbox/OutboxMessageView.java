package org.puente.common.outbox;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;

/**
 * An outbox message as operators see it: where it stands and why, never its payload. {@code
 * version} is the ETag a retry or a give-up sends back in {@code If-Match}.
 */
public record OutboxMessageView(
    long id,
    @Schema(description = "Which kind of request, e.g. operation.obligate") String topic,
    OutboxState state,
    Instant createdAt,
    @Schema(description = "Failed attempts since it was written or last retried") int attempts,
    @Schema(description = "When it is tried next (pending messages)") Instant nextAttemptAt,
    @Schema(description = "The kind of the last failure, e.g. CircuitBreakerOpen or Unavailable")
        String lastError,
    Instant deliveredAt,
    Instant deadAt,
    Instant retriedAt,
    String retriedBy,
    Instant givenUpAt,
    String givenUpBy,
    long version)
    implements Identified {}
