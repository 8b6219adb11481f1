package org.puente.gateway.portal;

import java.util.ArrayList;
import java.util.List;
import org.puente.common.money.Money;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.UnitCostReport;
import org.puente.funding.api.UnitCostRow;

/**
 * The unit costs funding-service reports from actuals, drawn for the funding page: cost per person
 * removed by operation and by month, cost per certified officer by training session, and the rows
 * behind them as a table. The figures are funding-service's (actual cost / output, to the cent,
 * rounded half up); nothing is worked out here.
 */
final class UnitCostCharts {

  private static final String REMOVAL = "removal-operation:";
  private static final String SESSION = "training-session:";

  private UnitCostCharts() {}

  /** Cost per person removed, one bar per operation (its obligation). */
  static BarChart removalsByOperation(
      UnitCostReport byObligation, Fmt fmt, AccountabilityMessages t) {
    return chart(
        "chart-cost-removal-operation",
        t.chart_cost_per_removal_operation(),
        t.col_operation_or_session(),
        byObligation.removals(),
        fmt,
        t,
        false);
  }

  /** Cost per person removed, one bar per month. */
  static BarChart removalsByPeriod(UnitCostReport byPeriod, Fmt fmt, AccountabilityMessages t) {
    return chart(
        "chart-cost-removal-period",
        t.chart_cost_per_removal_period(),
        t.unit_month(),
        byPeriod.removals(),
        fmt,
        t,
        true);
  }

  /** Cost per certified officer, one bar per training session (its obligation). */
  static BarChart officersBySession(
      UnitCostReport byObligation, Fmt fmt, AccountabilityMessages t) {
    return chart(
        "chart-cost-officer-session",
        t.chart_cost_per_officer(),
        t.col_operation_or_session(),
        byObligation.training(),
        fmt,
        t,
        false);
  }

  /** Every row of the report, removals first, as the table reads them. */
  static List<UnitCostLine> lines(UnitCostReport byObligation, Fmt fmt, AccountabilityMessages t) {
    List<UnitCostLine> lines = new ArrayList<>();
    List<UnitCostRow> rows = new ArrayList<>(list(byObligation.removals()));
    rows.addAll(list(byObligation.training()));
    for (UnitCostRow r : rows) {
      lines.add(
          new UnitCostLine(
              label(r.label(), t),
              r.unit() == OutputUnit.PEOPLE_REMOVED
                  ? t.unit_people_removed()
                  : t.unit_officers_certified(),
              fmt.money(r.actualCost()),
              fmt.number(r.output()),
              r.costPerUnit() == null ? "–" : fmt.money(r.costPerUnit())));
    }
    return lines;
  }

  /** An obligation's reference as people read it: "Operation 42", "Training session 7". */
  static String label(String reference, AccountabilityMessages t) {
    if (reference == null) {
      return "";
    }
    if (reference.startsWith(REMOVAL)) {
      return t.unit_operation(reference.substring(REMOVAL.length()));
    }
    if (reference.startsWith(SESSION)) {
      return t.unit_session(reference.substring(SESSION.length()));
    }
    return reference;
  }

  private static BarChart chart(
      String id,
      String title,
      String groupHeading,
      List<UnitCostRow> rows,
      Fmt fmt,
      AccountabilityMessages t,
      boolean months) {
    BarChart chart = new BarChart(id, title, groupHeading).series("cost", t.col_cost_per_unit());
    for (UnitCostRow r : list(rows)) {
      Money perUnit = r.costPerUnit();
      if (perUnit == null) {
        continue; // nothing delivered: no cost per unit to draw
      }
      String key = r.group() + ":" + perUnit.currency();
      String label = months ? fmt.month(r.group()) : label(r.label(), t);
      chart.value(key, label, "cost", perUnit.amount(), fmt.money(perUnit));
    }
    return chart;
  }

  private static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : items;
  }
}
