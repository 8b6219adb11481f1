package org.puente.removals.api;

import java.time.LocalDate;
import java.util.List;
import org.puente.common.security.Agency;

/**
 * Removals by month and nationality, like the official monthly tables. For an agency other than the
 * owner, counts under {@code suppressedBelow} are hidden ({@code count} null), with whatever other
 * count or total would reveal them ({@code total} null and {@code totalSuppressed} true).
 */
public record RemovalStatistics(
    Agency owningAgency,
    LocalDate from,
    LocalDate to,
    String groupBy,
    Integer suppressedBelow,
    List<RemovalStatisticsCell> cells,
    Long total,
    boolean totalSuppressed) {}
