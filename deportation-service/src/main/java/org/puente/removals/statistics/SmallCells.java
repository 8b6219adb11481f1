package org.puente.removals.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Statistical disclosure control for counts shown outside the owning agency: a count under the
 * threshold is hidden, and when a group would have exactly one hidden count, its next smallest
 * count is hidden too, so no hidden count can be recovered by subtraction from the total.
 */
public final class SmallCells {

  private SmallCells() {}

  /** Which counts of one group to hide, by position. */
  public static boolean[] suppress(List<Long> counts, long threshold) {
    boolean[] hidden = new boolean[counts.size()];
    int hiddenCount = 0;
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i) < threshold) {
        hidden[i] = true;
        hiddenCount++;
      }
    }
    if (hiddenCount == 1 && counts.size() > 1) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < counts.size(); i++) {
        if (!hidden[i]) {
          order.add(i);
        }
      }
      order.sort(Comparator.comparing(counts::get));
      hidden[order.get(0)] = true;
    }
    return hidden;
  }
}
