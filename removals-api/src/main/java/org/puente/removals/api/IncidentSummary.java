package org.puente.removals.api;

import java.util.List;

/** An operation's incidents counted by category and severity: no personal data. */
public record IncidentSummary(
    long operationId, long total, long open, List<IncidentSummaryCell> cells) {}
