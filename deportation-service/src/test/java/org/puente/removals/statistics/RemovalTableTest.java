package org.puente.removals.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.RemovalStatisticsCell;

class RemovalTableTest {

  private static final List<RemovalTable.Count> DATA =
      List.of(
          new RemovalTable.Count("2024-01", "CO", 40),
          new RemovalTable.Count("2024-01", "EC", 12),
          new RemovalTable.Count("2024-01", "ZZ", 3),
          new RemovalTable.Count("2024-02", "CO", 35),
          new RemovalTable.Count("2024-02", "EC", 9),
          new RemovalTable.Count("2024-02", "ZZ", 8));

  private static RemovalStatisticsCell cell(
      RemovalTable.Result table, String month, String nationality) {
    return table.cells().stream()
        .filter(c -> java.util.Objects.equals(c.month(), month))
        .filter(c -> java.util.Objects.equals(c.nationality(), nationality))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachMonthHidesItsSmallCountsWithAComplement() {
    RemovalTable.Result table = RemovalTable.of(DATA, true, true, 5);
    assertTrue(cell(table, "2024-01", "ZZ").suppressed());
    assertNull(cell(table, "2024-01", "ZZ").count());
    // The next smallest of January goes with it, or January's total would tell ZZ's 3.
    assertTrue(cell(table, "2024-01", "EC").suppressed());
    assertEquals(40L, cell(table, "2024-01", "CO").count());
    // February has no small count: all shown.
    assertEquals(8L, cell(table, "2024-02", "ZZ").count());
    assertEquals(9L, cell(table, "2024-02", "EC").count());
    assertEquals(107L, table.total());
  }

  @Test
  void aNationalityOverSeveralMonthsIsHiddenWhenAnyOfItsMonthsIs() {
    // ZZ over January and February (11) minus ZZ in February alone (8) would tell January's 3.
    RemovalTable.Result both = RemovalTable.of(DATA, false, true, 5);
    assertTrue(cell(both, null, "ZZ").suppressed());
    assertTrue(cell(both, null, "EC").suppressed());
    assertEquals(75L, cell(both, null, "CO").count());
    RemovalTable.Result february =
        RemovalTable.of(
            DATA.stream().filter(c -> c.month().equals("2024-02")).toList(), false, true, 5);
    assertEquals(8L, cell(february, null, "ZZ").count());
  }

  @Test
  void monthTotalsAreShownWhenTheirMonthKeepsItsTotal() {
    RemovalTable.Result table = RemovalTable.of(DATA, true, false, 5);
    assertEquals(55L, cell(table, "2024-01", null).count());
    assertEquals(52L, cell(table, "2024-02", null).count());
    assertEquals(107L, table.total());
  }

  @Test
  void aMonthThatCannotKeepItsTotalHidesEveryTotalOverIt() {
    List<RemovalTable.Count> data =
        List.of(
            new RemovalTable.Count("2024-03", "CO", 2),
            new RemovalTable.Count("2024-03", "EC", 1),
            new RemovalTable.Count("2024-04", "CO", 20));
    RemovalTable.Result byMonth = RemovalTable.of(data, true, false, 5);
    assertTrue(cell(byMonth, "2024-03", null).suppressed(), "March's total is 3");
    assertEquals(20L, cell(byMonth, "2024-04", null).count());
    assertNull(byMonth.total(), "23 minus April's 20 would tell March's 3");
    RemovalTable.Result byNationality = RemovalTable.of(data, false, true, 5);
    assertTrue(cell(byNationality, null, "CO").suppressed());
    assertTrue(cell(byNationality, null, "EC").suppressed());
    assertNull(byNationality.total());
  }

  @Test
  void theOwningAgencySeesEveryCountExactly() {
    RemovalTable.Result table = RemovalTable.of(DATA, true, true, null);
    assertEquals(3L, cell(table, "2024-01", "ZZ").count());
    assertFalse(cell(table, "2024-01", "ZZ").suppressed());
    assertEquals(107L, table.total());
    RemovalTable.Result byNationality = RemovalTable.of(DATA, false, true, null);
    assertEquals(11L, cell(byNationality, null, "ZZ").count());
    assertEquals(
        List.of("CO", "EC", "ZZ"),
        byNationality.cells().stream().map(c -> c.nationality()).toList());
  }

  @Test
  void cellsComeInMonthThenNationalityOrder() {
    List<RemovalTable.Count> reversed = new java.util.ArrayList<>(DATA);
    java.util.Collections.reverse(reversed);
    RemovalTable.Result table = RemovalTable.of(reversed, true, true, null);
    assertEquals(
        List.of("2024-01/CO", "2024-01/EC", "2024-01/ZZ", "2024-02/CO", "2024-02/EC", "2024-02/ZZ"),
        table.cells().stream().map(c -> c.month() + "/" + c.nationality()).toList());
  }
}
