package org.puente.removals.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

  @Test
  void countsUnderTheThresholdAreHidden() {
    assertArrayEquals(
        new boolean[] {false, true, false, true},
        SmallCells.suppress(List.of(12L, 3L, 40L, 0L), 5));
    assertArrayEquals(new boolean[] {false, false}, SmallCells.suppress(List.of(5L, 9L), 5));
  }

  @Test
  void aLoneHiddenCountTakesTheNextSmallestWithIt() {
    // Otherwise 2 could be recovered as total minus the visible counts.
    assertArrayEquals(
        new boolean[] {false, true, true}, SmallCells.suppress(List.of(30L, 2L, 7L), 5));
    assertArrayEquals(new boolean[] {true}, SmallCells.suppress(List.of(4L), 5));
  }
}
