package org.puente.funding.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitCostsTest {

  @Test
  void costPerUnitIsTheActualCostOverTheOutputToTheCentHalfUp() {
    assertEquals(new BigDecimal("2277.03"), UnitCosts.perUnit(new BigDecimal("84250.00"), 37));
    assertEquals(new BigDecimal("1785.71"), UnitCosts.perUnit(new BigDecimal("12500.00"), 7));
    // Exactly half a cent goes up.
    assertEquals(new BigDecimal("0.03"), UnitCosts.perUnit(new BigDecimal("0.05"), 2));
    assertEquals(new BigDecimal("100.00"), UnitCosts.perUnit(new BigDecimal("100.00"), 1));
  }

  @Test
  void noOutputHasNoUnitCostAndANegativeOneIsRefused() {
    assertNull(UnitCosts.perUnit(new BigDecimal("500.00"), 0));
    assertThrows(
        IllegalArgumentException.class, () -> UnitCosts.perUnit(new BigDecimal("1.00"), -1));
  }

  @Test
  void groupingsAreReadInAnyCase() {
    assertEquals(UnitCosts.Grouping.PERIOD, UnitCosts.Grouping.parse("period"));
    assertEquals(UnitCosts.Grouping.LINE, UnitCosts.Grouping.parse("LINE"));
    assertNull(UnitCosts.Grouping.parse("month"));
  }
}
