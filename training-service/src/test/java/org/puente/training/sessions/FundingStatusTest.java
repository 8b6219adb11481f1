package org.puente.training.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.training.api.FundingStatus;

class FundingStatusTest {

  private static final Money COST = Money.usd("12000.00");

  @Test
  void onlyAskedOrObligatedFundingHoldsTheCost() {
    EnumSet<FundingStatus> holding = EnumSet.noneOf(FundingStatus.class);
    for (FundingStatus s : FundingStatus.values()) {
      if (s.holdsCost()) {
        holding.add(s);
      }
    }
    assertEquals(EnumSet.of(FundingStatus.PENDING, FundingStatus.FUNDED), holding);
  }

  @Test
  void whileFundingHoldsTheCostItMayNotChange() {
    for (FundingStatus s : EnumSet.of(FundingStatus.PENDING, FundingStatus.FUNDED)) {
      assertFalse(s.allowsCostChange(COST, Money.usd("12000.01")), s.name());
      assertFalse(s.allowsCostChange(COST, Money.usd("0.00")), s.name());
      assertFalse(s.allowsCostChange(COST, new Money(new BigDecimal("12000.00"), "EUR")), s.name());
    }
  }

  @Test
  void theSameAmountWrittenDifferentlyIsNoChange() {
    for (FundingStatus s : FundingStatus.values()) {
      assertTrue(s.allowsCostChange(COST, new Money(new BigDecimal("12000"), "USD")), s.name());
      assertTrue(s.allowsCostChange(COST, Money.usd("12000.00")), s.name());
    }
  }

  @Test
  void unfundedRefusedOrReturnedCostMayChange() {
    for (FundingStatus s :
        EnumSet.of(FundingStatus.UNFUNDED, FundingStatus.REFUSED, FundingStatus.RETURNED)) {
      assertTrue(s.allowsCostChange(COST, Money.usd("9000.00")), s.name());
      assertTrue(s.allowsCostChange(COST, new Money(new BigDecimal("9000.00"), "EUR")), s.name());
    }
  }
}
