package org.puente.removals.api;

/** One count of removals: by month, by nationality, or both. */
public record RemovalStatisticsCell(
    String month, String nationality, Long count, boolean suppressed) {}
