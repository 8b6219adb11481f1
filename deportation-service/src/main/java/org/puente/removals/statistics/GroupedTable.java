package org.puente.removals.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.puente.removals.api.StatisticsRow;

/**
 * A table of counts with several columns (screenings, removals, ... or a complaint outcome) over
 * rows (a nationality, a sex, a category), protected for other agencies as {@link RemovalTable}
 * protects removals: each column of each month on its own by {@link SmallCells} (its counts over
 * the rows, and its total); then a figure over the period is shown only when every monthly figure
 * it adds up is shown. Each column is one table of its own: a hidden count in one column does not
 * hide another column's.
 */
public final class GroupedTable {

  /** Events of one column, in one month ({@code YYYY-MM}), of one row. */
  public record Count(String column, String month, String row, long count) {}

  /** The rows, each with a count per column (null when hidden), and the column totals. */
  public record Result(List<StatisticsRow> rows, StatisticsRow totals) {}

  /** The name of the totals row. */
  public static final String TOTAL = "TOTAL";

  private GroupedTable() {}

  /**
   * The table.
   *
   * @param counts the counts (no zeros needed)
   * @param columns the columns, in order
   * @param rows rows to show even without any count (zeros), besides those counted
   * @param threshold counts under it are hidden; {@code null} for the owning agency (all exact)
   */
  public static Result of(
      List<Count> counts, List<String> columns, Collection<String> rows, Integer threshold) {
    // Each column of each month on its own: its counts over the rows, in a fixed order, and total.
    Map<List<String>, List<Count>> tables = new TreeMap<>(GroupedTable::compare);
    for (Count c : counts) {
      tables.computeIfAbsent(List.of(c.column(), c.month()), k -> new ArrayList<>()).add(c);
    }
    Set<List<String>> hiddenCounts = new HashSet<>();
    Set<String> hiddenTotals = new HashSet<>();
    if (threshold != null) {
      for (List<Count> table : tables.values()) {
        List<Count> cells = new ArrayList<>(table);
        cells.sort((a, b) -> a.row().compareTo(b.row()));
        SmallCells.Suppression s =
            SmallCells.suppress(cells.stream().map(Count::count).toList(), threshold);
        for (int i = 0; i < cells.size(); i++) {
          if (s.hidden(i)) {
            Count c = cells.get(i);
            hiddenCounts.add(List.of(c.column(), c.month(), c.row()));
          }
        }
        if (s.totalHidden()) {
          hiddenTotals.add(cells.get(0).column());
        }
      }
    }
    // The period's figures: sums of monthly figures, hidden if any of them is.
    Set<String> allRows = new TreeSet<>(rows);
    Map<List<String>, Long> sums = new HashMap<>();
    Set<List<String>> hidden = new HashSet<>();
    Map<String, Long> totals = new HashMap<>();
    for (Count c : counts) {
      allRows.add(c.row());
      List<String> key = List.of(c.row(), c.column());
      sums.merge(key, c.count(), Long::sum);
      totals.merge(c.column(), c.count(), Long::sum);
      if (hiddenCounts.contains(List.of(c.column(), c.month(), c.row()))) {
        hidden.add(key);
      }
    }
    List<StatisticsRow> result = new ArrayList<>();
    for (String row : allRows) {
      Map<String, Long> values = new LinkedHashMap<>();
      List<String> suppressed = new ArrayList<>();
      for (String column : columns) {
        List<String> key = List.of(row, column);
        if (hidden.contains(key)) {
          values.put(column, null);
          suppressed.add(column);
        } else {
          values.put(column, sums.getOrDefault(key, 0L));
        }
      }
      result.add(new StatisticsRow(row, values, suppressed));
    }
    Map<String, Long> totalValues = new LinkedHashMap<>();
    List<String> totalSuppressed = new ArrayList<>();
    for (String column : columns) {
      if (hiddenTotals.contains(column)) {
        totalValues.put(column, null);
        totalSuppressed.add(column);
      } else {
        totalValues.put(column, totals.getOrDefault(column, 0L));
      }
    }
    return new Result(result, new StatisticsRow(TOTAL, totalValues, totalSuppressed));
  }

  private static int compare(List<String> a, List<String> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }
}
