package org.puente.removals.api;

/** The number of cases in one status. */
public record CaseStatisticsCell(String status, Long count, boolean suppressed) {}
