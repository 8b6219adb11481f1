package org.puente.removals.api;

import java.util.List;
import org.puente.common.security.Agency;

/**
 * The owning agency's cases by status. For another agency, counts under {@code suppressedBelow} are
 * hidden ({@code count} null), with whatever other count or total would reveal them ({@code total}
 * null and {@code totalSuppressed} true).
 */
public record CaseStatistics(
    Agency owningAgency,
    Integer suppressedBelow,
    List<CaseStatisticsCell> cells,
    Long total,
    boolean totalSuppressed) {}
