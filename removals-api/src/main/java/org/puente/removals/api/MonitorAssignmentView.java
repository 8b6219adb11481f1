package org.puente.removals.api;

import java.time.Instant;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** A monitor named on an operation; active until {@code endedAt}. */
public record MonitorAssignmentView(
    long id,
    long operationId,
    Agency agency,
    String username,
    String organisation,
    String assignedBy,
    Instant assignedAt,
    String endedBy,
    Instant endedAt,
    String endReason,
    long version)
    implements Identified {}
