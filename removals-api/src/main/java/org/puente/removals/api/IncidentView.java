package org.puente.removals.api;

import java.time.Instant;
import java.util.List;
import org.puente.common.http.Identified;

/** An incident of a removal operation as recorded, with its follow-up. */
public record IncidentView(
    long id,
    long operationId,
    Instant occurredAt,
    IncidentCategory category,
    String description,
    String reportedBy,
    Instant reportedAt,
    IncidentSeverity severity,
    List<Long> involvedCaseIds,
    IncidentFollowUp followUp,
    String assignee,
    String findings,
    Instant closedAt,
    long version)
    implements Identified {}
