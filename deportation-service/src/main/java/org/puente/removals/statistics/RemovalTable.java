package org.puente.removals.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.puente.removals.api.RemovalStatisticsCell;

/**
 * Builds a removals table (by month, by nationality, or both, with its total) from the counts per
 * month and nationality, hiding for other agencies whatever could reveal a count under the
 * threshold, from this answer or from any other.
 *
 * <p>Every month is protected once, on its own, by {@link SmallCells} (its counts by nationality
 * and its total): that decision does not depend on which period was asked for. A figure over
 * several months is then shown only when every monthly figure it adds up is shown: a nationality
 * over the period only if none of its monthly counts is hidden, a total only if no monthly total is
 * hidden. So whatever any answer shows is a sum of figures the monthly tables show, and no
 * difference between two answers (overlapping or nested periods, totals, margins from another
 * grouping) can tell more than the monthly tables, each of which hides its small counts safely.
 * This holds only for whole months, which is why other agencies may ask only for whole months.
 */
public final class RemovalTable {

  private RemovalTable() {}

  /** Removals in one month ({@code YYYY-MM}) of one nationality. */
  public record Count(String month, String nationality, long count) {}

  /** The cells of the answer and its total ({@code null} when hidden). */
  public record Result(List<RemovalStatisticsCell> cells, Long total) {}

  /**
   * The table for the given counts.
   *
   * @param counts the removals per month and nationality in the period (no zeros needed)
   * @param byMonth whether cells are per month
   * @param byNationality whether cells are per nationality
   * @param threshold counts under it are hidden; {@code null} for the owning agency (all exact)
   */
  public static Result of(
      List<Count> counts, boolean byMonth, boolean byNationality, Integer threshold) {
    // Each month on its own: its counts by nationality in a fixed order, and its total.
    Map<String, List<Count>> months = new TreeMap<>();
    for (Count c : counts) {
      months.computeIfAbsent(c.month(), m -> new ArrayList<>()).add(c);
    }
    Set<List<String>> hiddenCounts = new HashSet<>();
    Set<String> hiddenTotals = new HashSet<>();
    if (threshold != null) {
      for (Map.Entry<String, List<Count>> month : months.entrySet()) {
        List<Count> cells = new ArrayList<>(month.getValue());
        cells.sort((a, b) -> a.nationality().compareTo(b.nationality()));
        SmallCells.Suppression s =
            SmallCells.suppress(cells.stream().map(Count::count).toList(), threshold);
        for (int i = 0; i < cells.size(); i++) {
          if (s.hidden(i)) {
            hiddenCounts.add(List.of(cells.get(i).month(), cells.get(i).nationality()));
          }
        }
        if (s.totalHidden()) {
          hiddenTotals.add(month.getKey());
        }
      }
    }
    // The asked-for cells, each a sum of monthly figures, hidden if any of them is.
    Map<List<String>, long[]> sums = new TreeMap<>(RemovalTable::compareKeys);
    Map<List<String>, Boolean> hidden = new TreeMap<>(RemovalTable::compareKeys);
    for (Count c : counts) {
      List<String> key =
          Arrays.asList(byMonth ? c.month() : null, byNationality ? c.nationality() : null);
      sums.computeIfAbsent(key, k -> new long[1])[0] += c.count();
      boolean part =
          byNationality
              ? hiddenCounts.contains(List.of(c.month(), c.nationality()))
              : hiddenTotals.contains(c.month());
      hidden.merge(key, part, Boolean::logicalOr);
    }
    List<RemovalStatisticsCell> cells = new ArrayList<>();
    sums.forEach(
        (key, sum) -> {
          boolean h = hidden.get(key);
          cells.add(new RemovalStatisticsCell(key.get(0), key.get(1), h ? null : sum[0], h));
        });
    long total = counts.stream().mapToLong(Count::count).sum();
    return new Result(cells, hiddenTotals.isEmpty() ? total : null);
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i) == null ? "" : a.get(i);
      String y = b.get(i) == null ? "" : b.get(i);
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
