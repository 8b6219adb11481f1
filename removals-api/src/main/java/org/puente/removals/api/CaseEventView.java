package org.puente.removals.api;

import java.time.Instant;

/** One entry of a case's history. */
public record CaseEventView(
    long id,
    CaseEventKind kind,
    CaseStatus fromStatus,
    CaseStatus toStatus,
    String summary,
    String actor,
    String agency,
    String requestId,
    Instant at) {}
