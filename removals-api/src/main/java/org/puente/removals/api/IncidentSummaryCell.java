package org.puente.removals.api;

/** How many incidents of one category and severity (null: not yet rated). */
public record IncidentSummaryCell(
    IncidentCategory category, IncidentSeverity severity, long count) {}
