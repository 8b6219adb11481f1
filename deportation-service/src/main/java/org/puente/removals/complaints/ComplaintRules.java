package org.puente.removals.complaints;

import java.time.LocalDate;
import java.util.Optional;
import org.puente.removals.api.ComplaintOutcome;
import org.puente.removals.api.ComplaintStatus;

/**
 * How a complaint moves: RECEIVED → ACKNOWLEDGED → UNDER_INVESTIGATION → DECIDED, one step at a
 * time, except that a complaint withdrawn before an investigation is decided as WITHDRAWN without
 * one. A decision names its outcome and gives its reasons; no other step carries either. And when a
 * complaint is overdue.
 */
public final class ComplaintRules {

  private ComplaintRules() {}

  /** Why the move is refused, or empty when it is allowed. */
  public static Optional<String> refusal(
      ComplaintStatus from, ComplaintStatus to, ComplaintOutcome outcome, String decision) {
    boolean decides = to == ComplaintStatus.DECIDED;
    boolean hasDecision = decision != null && !decision.isBlank();
    if (from == ComplaintStatus.DECIDED) {
      return Optional.of("The complaint is already decided");
    }
    if (!decides && (outcome != null || hasDecision)) {
      return Optional.of("Only a decision carries an outcome and its reasons");
    }
    if (decides && (outcome == null || !hasDecision)) {
      return Optional.of("A decision names its outcome and gives its reasons in decision");
    }
    boolean next = to.ordinal() == from.ordinal() + 1;
    boolean withdrawnEarly =
        decides && outcome == ComplaintOutcome.WITHDRAWN && from != ComplaintStatus.RECEIVED;
    if (next || withdrawnEarly) {
      return Optional.empty();
    }
    return Optional.of(
        "A complaint "
            + from
            + " cannot become "
            + to
            + (decides
                ? ": it is decided after an investigation (or withdrawn once acknowledged)"
                : ": it moves RECEIVED, ACKNOWLEDGED, UNDER_INVESTIGATION, DECIDED in turn"));
  }

  /**
   * Whether a deadline has passed with its step not done on {@code today}: not acknowledged after
   * {@code acknowledgeBy}, or not decided after {@code decideBy}.
   */
  public static boolean overdue(
      ComplaintStatus status, LocalDate acknowledgeBy, LocalDate decideBy, LocalDate today) {
    if (status == ComplaintStatus.DECIDED) {
      return false;
    }
    return (status == ComplaintStatus.RECEIVED && today.isAfter(acknowledgeBy))
        || today.isAfter(decideBy);
  }
}
