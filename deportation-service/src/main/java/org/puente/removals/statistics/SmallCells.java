package org.puente.removals.statistics;

import java.util.List;

/**
 * Statistical disclosure control for one table of counts with its total (one month's removals by
 * nationality, the cases by status), shown outside the owning agency.
 *
 * <p>A count under the threshold is hidden (primary suppression). Then, so that no hidden count can
 * be recovered from the total and the counts still shown, the hidden counts must be at least two
 * and together at least the threshold, and more than one each (otherwise every hidden count, being
 * at least one, would be known to be exactly one). Until they are, the smallest count still shown
 * is hidden too (complementary suppression); if every count is hidden and they still are not, the
 * total is hidden as well. The total is kept whenever it can be, because it is what partners read
 * most.
 */
public final class SmallCells {

  private SmallCells() {}

  /**
   * Which counts of one table to hide, by position, and whether to hide its total.
   *
   * @param hidden the counts to hide, by position
   * @param totalHidden whether the total must be hidden too
   */
  public record Suppression(boolean[] hidden, boolean totalHidden) {

    /** Whether the count at this position is hidden. */
    public boolean hidden(int position) {
      return hidden[position];
    }
  }

  /** Which counts of one table, and whether its total, to hide. */
  public static Suppression suppress(List<Long> counts, long threshold) {
    boolean[] hidden = new boolean[counts.size()];
    int hiddenCells = 0;
    long hiddenSum = 0;
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i) < threshold) {
        hidden[i] = true;
        hiddenCells++;
        hiddenSum += counts.get(i);
      }
    }
    if (hiddenCells == 0) {
      return new Suppression(hidden, false);
    }
    while (!protectedByTotal(hiddenCells, hiddenSum, threshold)) {
      int next = smallestShown(counts, hidden);
      if (next < 0) {
        return new Suppression(hidden, true);
      }
      hidden[next] = true;
      hiddenCells++;
      hiddenSum += counts.get(next);
    }
    return new Suppression(hidden, false);
  }

  /**
   * Whether hidden counts stay unknown when the total is shown: the total minus the counts shown is
   * their sum, which must name neither one count (a lone hidden count), nor a small group (a sum
   * under the threshold), nor all of them (a sum equal to their number: each is one).
   */
  static boolean protectedByTotal(int hiddenCells, long hiddenSum, long threshold) {
    return hiddenCells >= 2 && hiddenSum >= threshold && hiddenSum > hiddenCells;
  }

  private static int smallestShown(List<Long> counts, boolean[] hidden) {
    int smallest = -1;
    for (int i = 0; i < counts.size(); i++) {
      if (!hidden[i] && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
        smallest = i;
      }
    }
    return smallest;
  }
}
