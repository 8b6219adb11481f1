package org.puente.removals.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.api.CaseStatistics;
import org.puente.removals.api.CaseStatisticsCell;
import org.puente.removals.api.RemovalStatistics;

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

  /**
   * Removals in the period. Other agencies ask for whole months only: a period ending or starting
   * inside a month, differenced with another, would tell the removals of a few days.
   */
  public RemovalStatistics removals(Caller caller, LocalDate from, LocalDate to, String groupBy) {
    Agency owner = config.home();
    boolean exact = caller.agency() == owner;
    if (!exact && from.getDayOfMonth() != 1) {
      throw ProblemException.invalid(
          "from",
          "must be the first day of a month (or a month such as 2024-03):"
              + " other agencies see whole months only");
    }
    if (!exact && to.getDayOfMonth() != to.lengthOfMonth()) {
      throw ProblemException.invalid(
          "to",
          "must be the last day of a month (or a month such as 2024-05):"
              + " other agencies see whole months only");
    }
    if (to.isBefore(from)) {
      throw ProblemException.invalid("to", "must not be before from");
    }
    if (from.plusYears(10).isBefore(to)) {
      throw ProblemException.invalid("to", "the period is limited to ten years");
    }
    // Always by month and nationality: the table protects each month on its own, then adds up.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select to_char(removed_on, 'YYYY-MM') as m, nationality as n, count(*)"
                    + " from removal_case"
                    + " where owning_agency = ?1 and removed_on between ?2 and ?3"
                    + " group by 1, 2 order by 1, 2")
            .setParameter(1, owner.code())
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList();
    List<RemovalTable.Count> counts = new ArrayList<>();
    for (Object[] r : rows) {
      counts.add(new RemovalTable.Count((String) r[0], (String) r[1], ((Number) r[2]).longValue()));
    }
    RemovalTable.Result table =
        RemovalTable.of(
            counts,
            groupBy.contains("month"),
            groupBy.contains("nationality"),
            exact ? null : THRESHOLD);
    return new RemovalStatistics(
        owner,
        from,
        to,
        groupBy,
        exact ? null : THRESHOLD,
        table.cells(),
        table.total(),
        table.total() == null);
  }

  /**
   * The owning agency's cases by status, now: one grouped count on the (agency, status) index. Like
   * a month of removals, small counts are hidden from other agencies, with whatever other count or
   * total would reveal them.
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
    SmallCells.Suppression suppression =
        exact
            ? new SmallCells.Suppression(new boolean[counts.size()], false)
            : SmallCells.suppress(counts, THRESHOLD);
    List<CaseStatisticsCell> cells = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      boolean hidden = suppression.hidden(i);
      cells.add(
          new CaseStatisticsCell((String) rows.get(i)[0], hidden ? null : counts.get(i), hidden));
    }
    long total = counts.stream().mapToLong(Long::longValue).sum();
    return new CaseStatistics(
        owner,
        exact ? null : THRESHOLD,
        cells,
        suppression.totalHidden() ? null : total,
        suppression.totalHidden());
  }
}
