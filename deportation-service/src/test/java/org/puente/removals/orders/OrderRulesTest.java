package org.puente.removals.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.Right;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.screening.Screening;

class OrderRulesTest {

  private static final EnumSet<Right> ALL = EnumSet.allOf(Right.class);
  private static final LocalDate DEADLINE = LocalDate.of(2024, 8, 15);

  @Test
  void anOrderRestsOnEveryRightToldAndAScreeningOrADeniedClaim() {
    Optional<OrderRules.ScreeningFact> noClaim =
        Optional.of(new OrderRules.ScreeningFact(1, false, false));
    assertEquals(List.of(), OrderRules.issueRefusals(ALL, noClaim, false));
    assertEquals(List.of(), OrderRules.issueRefusals(ALL, Optional.empty(), true));
    assertEquals(
        List.of("No protection screening is recorded"),
        OrderRules.issueRefusals(ALL, Optional.empty(), false));
  }

  @Test
  void everyMissingRightAndAnUnconfirmedNegativeScreeningAreReportedTogether() {
    List<String> reasons =
        OrderRules.issueRefusals(
            EnumSet.of(Right.SEEK_PROTECTION, Right.APPEAL, Right.LEGAL_AID),
            Optional.of(new OrderRules.ScreeningFact(7, true, false)),
            false);
    assertEquals(3, reasons.size());
    assertEquals(
        "The person has not been told of their right to contact their consulate (CONSULAR_CONTACT)",
        reasons.get(0));
    assertTrue(reasons.get(1).endsWith("(UNHCR_IOM_CONTACT)"));
    assertEquals(
        "The negative screening 7 awaits confirmation by a second supervisor", reasons.get(2));
    assertEquals(
        List.of(),
        OrderRules.issueRefusals(
            ALL, Optional.of(new OrderRules.ScreeningFact(7, true, true)), false));
  }

  @Test
  void negativeScreeningsAreScreenedOutOrNoClaimAfterFear() {
    assertTrue(Screening.negative(ScreeningOutcome.SCREENED_OUT, false));
    assertTrue(Screening.negative(ScreeningOutcome.NO_CLAIM, true));
    assertEquals(false, Screening.negative(ScreeningOutcome.NO_CLAIM, false));
    assertEquals(false, Screening.negative(ScreeningOutcome.SCREENED_IN, true));
    assertEquals(false, Screening.negative(ScreeningOutcome.REFERRED, true));
  }

  @Test
  void anAppealOnTheDeadlineDayIsInTimeAndTheDayAfterIsLate() {
    assertEquals(Optional.empty(), OrderRules.lateness(DEADLINE, DEADLINE));
    assertEquals(Optional.empty(), OrderRules.lateness(DEADLINE.minusDays(9), DEADLINE));
    assertEquals(
        Optional.of("The appeal window closed on 2024-08-15; the appeal was lodged on 2024-08-16"),
        OrderRules.lateness(DEADLINE.plusDays(1), DEADLINE));
  }

  @Test
  void anOrderIsFinalOnlyAfterTheDeadlineDayAndWithoutASuspensiveAppeal() {
    assertEquals(1, OrderRules.finalityRefusals(DEADLINE, DEADLINE, true, false).size());
    assertEquals(
        List.of(), OrderRules.finalityRefusals(DEADLINE.plusDays(1), DEADLINE, true, false));
    assertEquals(List.of(), OrderRules.finalityRefusals(DEADLINE, DEADLINE, false, false));
    assertEquals(
        List.of("An appeal with suspensive effect is pending"),
        OrderRules.finalityRefusals(DEADLINE.plusDays(1), DEADLINE, true, true));
    assertEquals(2, OrderRules.finalityRefusals(DEADLINE, DEADLINE, true, true).size());
  }
}
