package org.puente.training.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a training session: {@code PLANNED → OPEN → IN_PROGRESS → COMPLETED}, and {@code
 * CANCELLED} from any state that is not yet final.
 */
public enum SessionStatus {
  PLANNED,
  OPEN,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED;

  /** The states this one may move to. */
  public Set<SessionStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(OPEN, CANCELLED);
      case OPEN -> EnumSet.of(IN_PROGRESS, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(SessionStatus.class);
    };
  }

  public boolean canMoveTo(SessionStatus target) {
    return next().contains(target);
  }

  /** Nominations and withdrawals are taken only while the session is open. */
  public boolean takesNominations() {
    return this == OPEN;
  }

  /** Attendance and results are recorded once the session has started. */
  public boolean recordsResults() {
    return this == IN_PROGRESS || this == COMPLETED;
  }

  /** Dates, capacity and cost may still change before the session starts. */
  public boolean editable() {
    return this == PLANNED || this == OPEN;
  }
}
