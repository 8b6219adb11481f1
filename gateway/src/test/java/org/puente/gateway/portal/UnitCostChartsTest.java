package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.UnitCostReport;
import org.puente.funding.api.UnitCostRow;

/** The funding page's unit-cost charts and table, from funding-service's report. */
class UnitCostChartsTest {

  private static final Fmt EN = new Fmt("en", ZoneId.of("America/Panama"));

  /** The words as the English bundle has them, for the parts the charts use. */
  private static final AccountabilityMessages T =
      (AccountabilityMessages)
          java.lang.reflect.Proxy.newProxyInstance(
              AccountabilityMessages.class.getClassLoader(),
              new Class<?>[] {AccountabilityMessages.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "unit_operation" -> "Operation " + args[0];
                    case "unit_session" -> "Training session " + args[0];
                    default -> method.getName();
                  });

  private static final UnitCostReport BY_OBLIGATION =
      new UnitCostReport(
          "obligation",
          null,
          null,
          "actual cost / output, scale 2, HALF_UP",
          List.of(
              new UnitCostRow(
                  "81",
                  "removal-operation:42",
                  5L,
                  OutputUnit.PEOPLE_REMOVED,
                  Money.usd("84250.00"),
                  37,
                  Money.usd("2277.03"),
                  1),
              new UnitCostRow(
                  "82",
                  "removal-operation:43",
                  5L,
                  OutputUnit.PEOPLE_REMOVED,
                  Money.usd("1000.00"),
                  0,
                  null,
                  1)),
          List.of(
              new UnitCostRow(
                  "90",
                  "training-session:7",
                  5L,
                  OutputUnit.OFFICERS_CERTIFIED,
                  Money.usd("12500.00"),
                  7,
                  Money.usd("1785.71"),
                  1)));

  @Test
  void costPerPersonRemovedIsDrawnPerOperationWithFundingServicesFigure() {
    BarChart chart = UnitCostCharts.removalsByOperation(BY_OBLIGATION, EN, T);
    assertEquals("chart-cost-removal-operation", chart.id());
    List<BarChart.Group> groups = chart.groups();
    // The operation that removed no one has no cost per person to draw.
    assertEquals(1, groups.size());
    assertEquals("Operation 42", groups.get(0).label());
    assertEquals("2277.03", groups.get(0).bars().get(0).raw());
    assertEquals(EN.money(Money.usd("2277.03")), groups.get(0).text("cost"));
  }

  @Test
  void costPerCertifiedOfficerIsDrawnPerSession() {
    BarChart chart = UnitCostCharts.officersBySession(BY_OBLIGATION, EN, T);
    assertEquals("Training session 7", chart.groups().get(0).label());
    assertEquals("1785.71", chart.groups().get(0).bars().get(0).raw());
  }

  @Test
  void costPerPersonRemovedIsDrawnPerMonth() {
    UnitCostReport byPeriod =
        new UnitCostReport(
            "period",
            LocalDate.of(2026, 1, 1),
            null,
            "",
            List.of(
                new UnitCostRow(
                    "2026-10",
                    "2026-10",
                    null,
                    OutputUnit.PEOPLE_REMOVED,
                    Money.usd("84250.00"),
                    37,
                    Money.usd("2277.03"),
                    1)),
            List.of());
    BarChart chart = UnitCostCharts.removalsByPeriod(byPeriod, EN, T);
    assertEquals(EN.month("2026-10"), chart.groups().get(0).label());
  }

  @Test
  void theTableHasEveryRowRemovalsFirst() {
    List<UnitCostLine> lines = UnitCostCharts.lines(BY_OBLIGATION, EN, T);
    assertEquals(3, lines.size());
    assertEquals("Operation 42", lines.get(0).label());
    assertEquals("unit_people_removed", lines.get(0).unit());
    assertEquals(EN.number(37L), lines.get(0).output());
    assertEquals("–", lines.get(1).costPerUnit());
    assertEquals("unit_officers_certified", lines.get(2).unit());
  }
}
