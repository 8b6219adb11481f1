package org.puente.removals.api;

import java.time.Instant;
import java.time.LocalDate;
import org.puente.common.http.Identified;

/** A vulnerability flag and, once resolved, its resolution. */
public record FlagView(
    long id,
    long caseId,
    FlagType type,
    String reason,
    LocalDate dueOn,
    String raisedBy,
    Instant raisedAt,
    boolean open,
    String resolvedBy,
    Instant resolvedAt,
    String resolution,
    long version)
    implements Identified {}
