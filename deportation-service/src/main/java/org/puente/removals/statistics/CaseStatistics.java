package org.puente.removals.statistics;

import java.util.List;
import org.puente.common.security.Agency;

/**
 * The owning agency's cases by status. For another agency, counts under {@code suppressedBelow} are
 * hidden ({@code count} null); the total is always given.
 */
public record CaseStatistics(
    Agency owningAgency, Integer suppressedBelow, List<Cell> cells, long total) {

  /** The number of cases in one status. */
  public record Cell(String status, Long count, boolean suppressed) {}
}
