package org.puente.removals.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

  private static SmallCells.Suppression suppress(Long... counts) {
    return SmallCells.suppress(List.of(counts), 5);
  }

  @Test
  void countsUnderTheThresholdAreHidden() {
    SmallCells.Suppression s = suppress(12L, 3L, 40L, 0L, 7L);
    // 3 and 0 are hidden; with them 7, or the total minus 12, 40 and 7 would tell 3 + 0 = 3.
    assertArrayEquals(new boolean[] {false, true, false, true, true}, s.hidden());
    assertFalse(s.totalHidden());
  }

  @Test
  void nothingIsHiddenWhenNoCountIsSmall() {
    SmallCells.Suppression s = suppress(5L, 9L);
    assertArrayEquals(new boolean[] {false, false}, s.hidden());
    assertFalse(s.totalHidden());
  }

  @Test
  void aLoneHiddenCountTakesTheNextSmallestWithIt() {
    // Otherwise 2 could be recovered as total minus the visible counts.
    SmallCells.Suppression s = suppress(30L, 2L, 7L);
    assertArrayEquals(new boolean[] {false, true, true}, s.hidden());
    assertFalse(s.totalHidden(), "hidden 2 + 7 = 9 names neither");
  }

  @Test
  void hiddenCountsAddingUpToASmallCountTakeAnotherWithThem() {
    // 1 and 2 hidden, 30 and 40 shown: the total would tell that the hidden two are 3.
    SmallCells.Suppression s = suppress(1L, 40L, 2L, 30L);
    assertArrayEquals(new boolean[] {true, false, true, true}, s.hidden());
    assertFalse(s.totalHidden());
  }

  @Test
  void hiddenCountsThatCouldOnlyBeOnesTakeAnotherWithThem() {
    // Five hidden counts adding up to 5: each present count is at least 1, so each would be 1.
    SmallCells.Suppression s = suppress(1L, 1L, 1L, 1L, 1L, 60L, 80L);
    assertArrayEquals(new boolean[] {true, true, true, true, true, true, false}, s.hidden());
    assertFalse(s.totalHidden());
  }

  @Test
  void theTotalIsHiddenWhenEveryCountIsAndItWouldStillTellThem() {
    SmallCells.Suppression small = suppress(2L, 1L);
    assertArrayEquals(new boolean[] {true, true}, small.hidden());
    assertTrue(small.totalHidden(), "a total of 3 is itself a small count");
    SmallCells.Suppression alone = suppress(4L);
    assertArrayEquals(new boolean[] {true}, alone.hidden());
    assertTrue(alone.totalHidden());
    SmallCells.Suppression big = suppress(9L);
    assertArrayEquals(new boolean[] {false}, big.hidden());
    assertFalse(big.totalHidden());
    SmallCells.Suppression two = suppress(3L, 4L);
    assertArrayEquals(new boolean[] {true, true}, two.hidden());
    assertFalse(two.totalHidden(), "7 tells neither 3 nor 4");
  }

  @Test
  void anEmptyTableHidesNothing() {
    SmallCells.Suppression s = SmallCells.suppress(List.of(), 5);
    assertArrayEquals(new boolean[0], s.hidden());
    assertFalse(s.totalHidden());
  }
}
