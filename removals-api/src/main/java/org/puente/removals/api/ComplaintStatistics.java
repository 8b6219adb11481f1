package org.puente.removals.api;

import java.time.LocalDate;
import java.util.List;
import org.puente.common.security.Agency;

/**
 * Complaints received in the period, by category (rows) and outcome (columns, open complaints as
 * their own column OPEN). For another agency, counts under {@code suppressedBelow} are hidden
 * (null, and named in the row's {@code suppressed}) with whatever would reveal them; a hidden
 * column total is null in {@code totals}.
 */
public record ComplaintStatistics(
    Agency owningAgency,
    LocalDate from,
    LocalDate to,
    Integer suppressedBelow,
    List<String> columns,
    List<StatisticsRow> rows,
    StatisticsRow totals) {}
