package org.puente.removals.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.removals.RemovalsConfig;

@ApplicationScoped
public class StatisticsService {

  /** Counts under this are hidden from agencies other than the owner. */
  public static final int THRESHOLD = 5;

  private final EntityManager em;
  private final RemovalsConfig config;

  StatisticsService(EntityManager em, RemovalsConfig config) {
    this.em = em;
    this.config = config;
  }

  public RemovalStatistics removals(Caller caller, LocalDate from, LocalDate to, String groupBy) {
    if (to.isBefore(from)) {
      throw ProblemException.invalid("to", "must not be before from");
    }
    if (from.plusYears(10).isBefore(to)) {
      throw ProblemException.invalid("to", "the period is limited to ten years");
    }
    boolean byMonth = groupBy.contains("month");
    boolean byNationality = groupBy.contains("nationality");
    Agency owner = config.home();
    String month = byMonth ? "to_char(removed_on, 'YYYY-MM')" : "null";
    String nationality = byNationality ? "nationality" : "null";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + month
                    + " as m, "
                    + nationality
                    + " as n, count(*) from removal_case"
                    + " where owning_agency = ?1 and removed_on between ?2 and ?3"
                    + " group by 1, 2 order by 1, 2")
            .setParameter(1, owner.code())
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList();
    long total = rows.stream().mapToLong(r -> ((Number) r[2]).longValue()).sum();
    boolean exact = caller.agency() == owner;
    // Group cells as the table reads: per nationality across months (or all cells in one group).
    Map<Object, List<Object[]>> groups = new LinkedHashMap<>();
    for (Object[] r : rows) {
      groups
          .computeIfAbsent(byMonth && byNationality ? r[1] : "all", k -> new ArrayList<>())
          .add(r);
    }
    List<RemovalStatistics.Cell> cells = new ArrayList<>();
    for (List<Object[]> group : groups.values()) {
      List<Long> counts = group.stream().map(r -> ((Number) r[2]).longValue()).toList();
      boolean[] hidden =
          exact ? new boolean[counts.size()] : SmallCells.suppress(counts, THRESHOLD);
      for (int i = 0; i < group.size(); i++) {
        Object[] r = group.get(i);
        cells.add(
            new RemovalStatistics.Cell(
                (String) r[0], (String) r[1], hidden[i] ? null : counts.get(i), hidden[i]));
      }
    }
    return new RemovalStatistics(owner, from, to, groupBy, exact ? null : THRESHOLD, cells, total);
  }

  /**
   * The owning agency's cases by status, now: one grouped count on the (agency, status) index. Like
   * the removal tables, small counts are hidden from other agencies.
   */
  public CaseStatistics cases(Caller caller) {
    Agency owner = config.home();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select status, count(*) from removal_case where owning_agency = ?1"
                    + " group by status order by status")
            .setParameter(1, owner.code())
            .getResultList();
    boolean exact = caller.agency() == owner;
    List<Long> counts = rows.stream().map(r -> ((Number) r[1]).longValue()).toList();
    boolean[] hidden = exact ? new boolean[counts.size()] : SmallCells.suppress(counts, THRESHOLD);
    List<CaseStatistics.Cell> cells = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      cells.add(
          new CaseStatistics.Cell(
              (String) rows.get(i)[0], hidden[i] ? null : counts.get(i), hidden[i]));
    }
    long total = counts.stream().mapToLong(Long::longValue).sum();
    return new CaseStatistics(owner, exact ? null : THRESHOLD, cells, total);
  }
}
