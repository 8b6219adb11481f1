package org.puente.removals.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.ComplaintOutcome;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.calendar.WorkingDays;

class ComplaintRulesTest {

  private static final ComplaintStatus RECEIVED = ComplaintStatus.RECEIVED;
  private static final ComplaintStatus ACKNOWLEDGED = ComplaintStatus.ACKNOWLEDGED;
  private static final ComplaintStatus INVESTIGATING = ComplaintStatus.UNDER_INVESTIGATION;
  private static final ComplaintStatus DECIDED = ComplaintStatus.DECIDED;

  @Test
  void movesOneStepAtATime() {
    assertTrue(ComplaintRules.refusal(RECEIVED, ACKNOWLEDGED, null, null).isEmpty());
    assertTrue(ComplaintRules.refusal(ACKNOWLEDGED, INVESTIGATING, null, null).isEmpty());
    assertTrue(
        ComplaintRules.refusal(INVESTIGATING, DECIDED, ComplaintOutcome.UPHELD, "Force used")
            .isEmpty());
    assertTrue(ComplaintRules.refusal(RECEIVED, INVESTIGATING, null, null).isPresent());
    assertTrue(ComplaintRules.refusal(ACKNOWLEDGED, RECEIVED, null, null).isPresent());
    assertTrue(ComplaintRules.refusal(INVESTIGATING, INVESTIGATING, null, null).isPresent());
  }

  @Test
  void aDecisionNamesItsOutcomeAndReasons() {
    assertTrue(ComplaintRules.refusal(INVESTIGATING, DECIDED, null, "reasons").isPresent());
    assertTrue(
        ComplaintRules.refusal(INVESTIGATING, DECIDED, ComplaintOutcome.UPHELD, " ").isPresent());
    assertTrue(
        ComplaintRules.refusal(RECEIVED, ACKNOWLEDGED, ComplaintOutcome.UPHELD, null).isPresent());
    assertTrue(ComplaintRules.refusal(RECEIVED, ACKNOWLEDGED, null, "text").isPresent());
  }

  @Test
  void onlyAWithdrawalSkipsTheInvestigationAndOnlyOnceAcknowledged() {
    assertTrue(
        ComplaintRules.refusal(ACKNOWLEDGED, DECIDED, ComplaintOutcome.WITHDRAWN, "By letter")
            .isEmpty());
    assertTrue(
        ComplaintRules.refusal(ACKNOWLEDGED, DECIDED, ComplaintOutcome.NOT_UPHELD, "No")
            .isPresent());
    assertTrue(
        ComplaintRules.refusal(RECEIVED, DECIDED, ComplaintOutcome.WITHDRAWN, "By letter")
            .isPresent());
  }

  @Test
  void aDecisionIsFinal() {
    assertEquals(
        "The complaint is already decided",
        ComplaintRules.refusal(DECIDED, DECIDED, ComplaintOutcome.UPHELD, "again").orElseThrow());
  }

  @Test
  void overdueWhileADeadlineHasPassedWithItsStepNotDone() {
    LocalDate ack = LocalDate.of(2024, 8, 9);
    LocalDate decide = LocalDate.of(2024, 9, 13);
    assertFalse(ComplaintRules.overdue(RECEIVED, ack, decide, ack));
    assertTrue(ComplaintRules.overdue(RECEIVED, ack, decide, ack.plusDays(1)));
    assertFalse(ComplaintRules.overdue(ACKNOWLEDGED, ack, decide, ack.plusDays(1)));
    assertFalse(ComplaintRules.overdue(INVESTIGATING, ack, decide, decide));
    assertTrue(ComplaintRules.overdue(INVESTIGATING, ack, decide, decide.plusDays(1)));
    assertFalse(ComplaintRules.overdue(DECIDED, ack, decide, decide.plusYears(1)));
  }

  @Test
  void workingDaysSkipWeekendsAndHolidays() {
    WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2024, 11, 4)));
    // Friday 2024-08-02 + 5 working days: the next Friday.
    assertEquals(LocalDate.of(2024, 8, 9), days.plus(LocalDate.of(2024, 8, 2), 5));
    // Saturday + 1: Monday.
    assertEquals(LocalDate.of(2024, 8, 5), days.plus(LocalDate.of(2024, 8, 3), 1));
    // Friday 2024-11-01 + 1 over the weekend and Monday's holiday: Tuesday.
    assertEquals(LocalDate.of(2024, 11, 5), days.plus(LocalDate.of(2024, 11, 1), 1));
    // 30 working days from Monday 2024-08-05: six weeks on, Monday 2024-09-16.
    assertEquals(
        LocalDate.of(2024, 9, 16), new WorkingDays(Set.of()).plus(LocalDate.of(2024, 8, 5), 30));
    assertEquals(LocalDate.of(2024, 8, 3), days.plus(LocalDate.of(2024, 8, 3), 0));
  }
}
