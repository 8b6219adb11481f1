package org.puente.removals.statistics;

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
    List<Cell> cells,
    Long total,
    boolean totalSuppressed) {

  /** The number of cases in one status. */
  public record Cell(String status, Long count, boolean suppressed) {}
}
