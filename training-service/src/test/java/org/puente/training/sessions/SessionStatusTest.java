package org.puente.training.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.training.api.SessionStatus;

/** Every pair of statuses: allowed exactly when the design says so. */
class SessionStatusTest {

  private static final Map<SessionStatus, Set<SessionStatus>> ALLOWED =
      Map.of(
          SessionStatus.PLANNED, EnumSet.of(SessionStatus.OPEN, SessionStatus.CANCELLED),
          SessionStatus.OPEN, EnumSet.of(SessionStatus.IN_PROGRESS, SessionStatus.CANCELLED),
          SessionStatus.IN_PROGRESS, EnumSet.of(SessionStatus.COMPLETED, SessionStatus.CANCELLED),
          SessionStatus.COMPLETED, EnumSet.noneOf(SessionStatus.class),
          SessionStatus.CANCELLED, EnumSet.noneOf(SessionStatus.class));

  @Test
  void everyTransitionIsAllowedOrForbiddenAsDesigned() {
    for (SessionStatus from : SessionStatus.values()) {
      for (SessionStatus to : SessionStatus.values()) {
        assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
      }
    }
  }

  @Test
  void whatEachStatusPermits() {
    assertEquals(EnumSet.of(SessionStatus.OPEN), statuses(SessionStatus::takesNominations));
    assertEquals(
        EnumSet.of(SessionStatus.IN_PROGRESS, SessionStatus.COMPLETED),
        statuses(SessionStatus::recordsResults));
    assertEquals(
        EnumSet.of(SessionStatus.PLANNED, SessionStatus.OPEN), statuses(SessionStatus::editable));
  }

  private static Set<SessionStatus> statuses(java.util.function.Predicate<SessionStatus> test) {
    Set<SessionStatus> result = EnumSet.noneOf(SessionStatus.class);
    for (SessionStatus s : SessionStatus.values()) {
      if (test.test(s)) {
        result.add(s);
      }
    }
    return result;
  }
}
