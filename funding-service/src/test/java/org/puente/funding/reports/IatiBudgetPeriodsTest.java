package org.puente.funding.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class IatiBudgetPeriodsTest {

  @Test
  void periodsAreAtMostAYearAndAddUpToTheCeiling() {
    LocalDate start = LocalDate.of(2025, 10, 1);
    LocalDate end = LocalDate.of(2028, 3, 31);
    List<IatiExport.BudgetPeriod> periods =
        IatiExport.budgetPeriods(start, end, new BigDecimal("1000000.00"));
    assertEquals(3, periods.size());
    assertEquals(start, periods.get(0).start());
    assertEquals(LocalDate.of(2026, 9, 30), periods.get(0).end());
    assertEquals(LocalDate.of(2027, 10, 1), periods.get(2).start());
    assertEquals(end, periods.get(2).end());
    BigDecimal sum = BigDecimal.ZERO;
    for (IatiExport.BudgetPeriod p : periods) {
      assertTrue(ChronoUnit.DAYS.between(p.start(), p.end()) < 366, p.toString());
      assertEquals(2, p.amount().scale());
      sum = sum.add(p.amount());
    }
    assertEquals(new BigDecimal("1000000.00"), sum);
    // 365 of 913 days: 399,780.94 (HALF_UP)
    assertEquals(new BigDecimal("399780.94"), periods.get(0).amount());
  }

  @Test
  void aPeriodWithinAYearIsOneBudgetOfTheWholeCeiling() {
    List<IatiExport.BudgetPeriod> periods =
        IatiExport.budgetPeriods(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("250.00"));
    assertEquals(1, periods.size());
    assertEquals(new BigDecimal("250.00"), periods.get(0).amount());
  }
}
