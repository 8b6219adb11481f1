package org.puente.removals.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.puente.removals.api.Right;

/**
 * What must be true before a removal order is issued, and when an appeal is in time. Plain Java, so
 * each safeguard is tested on its own; every failing one is reported, never only the first.
 */
public final class OrderRules {

  private OrderRules() {}

  /** The screening an order would rest on, as the rule sees it. */
  public record ScreeningFact(long id, boolean negative, boolean confirmed) {}

  /**
   * Every reason an order cannot be issued yet.
   *
   * @param notified the rights the person has been told of
   * @param latestScreening the latest screening, if any
   * @param claimDenied whether a protection claim was examined and denied (the order then rests on
   *     that decision rather than on a negative screening)
   */
  public static List<String> issueRefusals(
      Set<Right> notified, Optional<ScreeningFact> latestScreening, boolean claimDenied) {
    List<String> reasons = new ArrayList<>();
    EnumSet<Right> missing = EnumSet.allOf(Right.class);
    missing.removeAll(notified);
    missing.forEach(
        r -> reasons.add("The person has not been told of their right " + r.describe()));
    if (!claimDenied) {
      if (latestScreening.isEmpty()) {
        reasons.add("No protection screening is recorded");
      } else if (latestScreening.get().negative() && !latestScreening.get().confirmed()) {
        reasons.add(
            "The negative screening "
                + latestScreening.get().id()
                + " awaits confirmation by a second supervisor");
      }
    }
    return reasons;
  }

  /**
   * Why an appeal lodged on {@code filedOn} is out of time, or empty when it is in time. A
   * supervisor may still admit it out of time, with a reason.
   */
  public static Optional<String> lateness(LocalDate filedOn, LocalDate deadline) {
    return filedOn.isAfter(deadline)
        ? Optional.of(
            "The appeal window closed on " + deadline + "; the appeal was lodged on " + filedOn)
        : Optional.empty();
  }

  /** Why the order is not final yet, every reason; empty when it is final on {@code today}. */
  public static List<String> finalityRefusals(
      LocalDate today,
      LocalDate appealDeadline,
      boolean appealSuspensive,
      boolean suspensiveAppealPending) {
    List<String> reasons = new ArrayList<>();
    if (appealSuspensive && !today.isAfter(appealDeadline)) {
      reasons.add("The appeal window is open until " + appealDeadline + " (end of that day)");
    }
    if (suspensiveAppealPending) {
      reasons.add("An appeal with suspensive effect is pending");
    }
    return reasons;
  }
}
