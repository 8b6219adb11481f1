package org.puente.removals.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.StatisticsRow;

/** {@link GroupedTable}: each column of each month protected alone, then added up. */
class OversightTableTest {

  private static GroupedTable.Count c(String column, String month, String row, long n) {
    return new GroupedTable.Count(column, month, row, n);
  }

  private static Map<String, StatisticsRow> rows(GroupedTable.Result r) {
    return r.rows().stream().collect(Collectors.toMap(StatisticsRow::group, x -> x));
  }

  private static final List<GroupedTable.Count> COUNTS =
      List.of(
          // January: AA 12, BB 3 (hidden, and AA with it); February: AA 9, BB 8 (shown).
          c("removals", "2024-01", "AA", 12),
          c("removals", "2024-01", "BB", 3),
          c("removals", "2024-02", "AA", 9),
          c("removals", "2024-02", "BB", 8),
          // Another column: its own table, untouched by the first one's suppression.
          c("screenings", "2024-01", "AA", 20),
          c("screenings", "2024-01", "BB", 30));

  @Test
  void exactForTheOwner() {
    Map<String, StatisticsRow> rows =
        rows(GroupedTable.of(COUNTS, List.of("screenings", "removals"), List.of("CC"), null));
    assertEquals(21L, rows.get("AA").counts().get("removals"));
    assertEquals(11L, rows.get("BB").counts().get("removals"));
    assertEquals(0L, rows.get("CC").counts().get("removals"), "a row asked for shows zeros");
    assertEquals(List.of(), rows.get("AA").suppressed());
  }

  @Test
  void aFigureOverMonthsIsShownOnlyIfEveryMonthlyFigureIs() {
    GroupedTable.Result r =
        GroupedTable.of(COUNTS, List.of("screenings", "removals"), List.of(), 5);
    Map<String, StatisticsRow> rows = rows(r);
    // January hides BB's 3 and AA's 12 (else 15 - 12): both period figures are hidden...
    assertNull(rows.get("AA").counts().get("removals"));
    assertNull(rows.get("BB").counts().get("removals"));
    assertEquals(List.of("removals"), rows.get("BB").suppressed());
    // ...while January's total (15) and February's (17) are safe: the period's total shows.
    assertEquals(32L, r.totals().counts().get("removals"));
    // The other column is shown whole.
    assertEquals(20L, rows.get("AA").counts().get("screenings"));
    assertEquals(50L, r.totals().counts().get("screenings"));
  }

  @Test
  void aLoneSmallCountHidesItsTotal() {
    GroupedTable.Result r =
        GroupedTable.of(
            List.of(c("appealsAllowed", "2024-03", "AA", 2)),
            List.of("appealsAllowed"),
            List.of(),
            5);
    assertNull(rows(r).get("AA").counts().get("appealsAllowed"));
    assertNull(r.totals().counts().get("appealsAllowed"));
    assertEquals(List.of("appealsAllowed"), r.totals().suppressed());
  }
}
