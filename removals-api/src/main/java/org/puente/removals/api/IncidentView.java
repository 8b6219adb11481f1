package org.puente.removals.api;

import java.time.Instant;
import org.puente.common.http.Identified;

/** An incident of a removal operation as recorded. */
public record IncidentView(
    long id,
    long operationId,
    Instant occurredAt,
    IncidentCategory category,
    String description,
    String reportedBy,
    Instant reportedAt)
    implements Identified {

  @Override
  public long version() {
    return 0;
  }
}
