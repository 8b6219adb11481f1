package org.puente.removals.api;

import java.time.LocalDate;
import java.util.List;
import org.puente.common.security.Agency;

/**
 * Oversight figures in the period, one row per value of the grouping (nationality, sex, or age band
 * MINOR/ADULT at the event's date, UNKNOWN without a date of birth): screenings, screened-in,
 * protection claims filed, granted and denied, removal orders issued, appeals filed and allowed,
 * removals, post-return contacts, reached, and with concerns reported. Each event counts in the
 * month of its own date. For another agency, counts under {@code suppressedBelow} are hidden per
 * column (null, and named in the row's {@code suppressed}) with whatever would reveal them.
 */
public record OversightStatistics(
    Agency owningAgency,
    LocalDate from,
    LocalDate to,
    String by,
    Integer suppressedBelow,
    List<String> columns,
    List<StatisticsRow> rows,
    StatisticsRow totals) {}
