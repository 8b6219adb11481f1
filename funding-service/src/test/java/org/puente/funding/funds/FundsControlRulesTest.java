package org.puente.funding.funds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.common.problem.ProblemException;
import org.puente.funding.api.AgreementStatus;

class FundsControlRulesTest {

  private static final LocalDate START = LocalDate.of(2024, 7, 1);
  private static final LocalDate END = LocalDate.of(2025, 9, 30);

  private static List<String> refusals(
      AgreementStatus s, LocalDate today, String available, String amount) {
    return FundsControl.obligationRefusals(
        s, today, START, END, new BigDecimal(available), new BigDecimal(amount));
  }

  @Test
  void withinPeriodAndFundsIsAccepted() {
    assertTrue(refusals(AgreementStatus.ACTIVE, START, "100.00", "100.00").isEmpty());
    assertTrue(refusals(AgreementStatus.ACTIVE, END, "100.00", "0.01").isEmpty());
  }

  @Test
  void eachRuleOnItsOwn() {
    assertEquals(1, refusals(AgreementStatus.CLOSED, START, "100.00", "1.00").size());
    assertEquals(1, refusals(AgreementStatus.ACTIVE, START.minusDays(1), "100.00", "1.00").size());
    assertEquals(1, refusals(AgreementStatus.ACTIVE, END.plusDays(1), "100.00", "1.00").size());
    assertEquals(
        List.of("Insufficient funds on the budget line: 100.00 available, 100.01 requested"),
        refusals(AgreementStatus.ACTIVE, START, "100.00", "100.01"));
  }

  @Test
  void everyReasonTogether() {
    assertEquals(3, refusals(AgreementStatus.CLOSED, END.plusDays(1), "0.00", "1.00").size());
  }

  @Test
  void amountsMustBePositiveAndInTheAgreementsCurrency() {
    assertEquals(new BigDecimal("1.00"), FundsControl.amountOf(Money.usd("1.00"), "amount", "USD"));
    assertThrows(
        ProblemException.class, () -> FundsControl.amountOf(Money.usd("0.00"), "amount", "USD"));
    assertThrows(
        ProblemException.class,
        () -> FundsControl.amountOf(Money.of(BigDecimal.ONE, "EUR"), "amount", "USD"));
  }
}
