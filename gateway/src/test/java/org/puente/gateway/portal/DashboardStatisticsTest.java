package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dashboard asks for removal statistics in whole months, as other agencies must. */
class DashboardStatisticsTest {

  @Test
  void theRemovalsPanelAsksForTheLastTwelveWholeMonths() {
    assertEquals(
        "/api/v1/removals/statistics/removals?groupBy=month,nationality&from=2025-12&to=2026-11",
        DashboardPage.removalsPath(LocalDate.of(2026, 11, 29)));
    assertEquals(
        "/api/v1/removals/statistics/removals?groupBy=month,nationality&from=2024-03&to=2025-02",
        DashboardPage.removalsPath(LocalDate.of(2025, 2, 1)));
  }
}
