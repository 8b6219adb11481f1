package org.puente.funding.unitcosts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.puente.common.money.Money;
import org.puente.common.security.Caller;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.UnitCostReport;
import org.puente.funding.api.UnitCostRow;

/**
 * Cost per person removed and per certified officer, from actuals: the approved payments that carry
 * an output (filed when an operation or a training session was completed), net of what was reversed
 * of them, on agreements the caller's agency is party to (donor or recipient).
 */
@ApplicationScoped
public class UnitCostService {

  private final EntityManager em;

  UnitCostService(EntityManager em) {
    this.em = em;
  }

  public UnitCostReport report(
      Caller caller, UnitCosts.Grouping groupBy, LocalDate from, LocalDate to) {
    String key;
    String label;
    String agreement;
    switch (groupBy) {
      case OBLIGATION -> {
        key = "cast(o.id as varchar)";
        label = "o.reference";
        agreement = "a.id";
      }
      case LINE -> {
        key = "cast(l.id as varchar)";
        label = "l.category";
        agreement = "a.id";
      }
      case AGREEMENT -> {
        key = "cast(a.id as varchar)";
        label = "a.reference";
        agreement = "a.id";
      }
      default -> {
        key = "to_char(d.decided_at at time zone 'UTC', 'YYYY-MM')";
        label = key;
        agreement = "cast(null as bigint)";
      }
    }
    String sql =
        "select "
            + key
            + ", min("
            + label
            + "), "
            + (groupBy == UnitCosts.Grouping.PERIOD
                ? "cast(null as bigint)"
                : "min(" + agreement + ")")
            + ", d.output_unit, a.currency, sum(d.amount - d.reversed), sum(d.output_quantity),"
            + " count(*)"
            + " from disbursement d"
            + " join obligation o on o.id = d.obligation_id"
            + " join budget_line l on l.id = o.budget_line_id"
            + " join agreement a on a.id = d.agreement_id"
            + " where d.status = 'APPROVED' and d.output_unit is not null"
            + " and (a.donor_agency = :agency or a.recipient_agency = :agency)"
            + (from != null ? " and (d.decided_at at time zone 'UTC')::date >= :from" : "")
            + (to != null ? " and (d.decided_at at time zone 'UTC')::date <= :to" : "")
            + " group by "
            + key
            + ", d.output_unit, a.currency"
            + " order by 1, 4, 5";
    Query query = em.createNativeQuery(sql).setParameter("agency", caller.agency().code());
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<UnitCostRow> removals = new ArrayList<>();
    List<UnitCostRow> training = new ArrayList<>();
    for (Object[] r : rows) {
      OutputUnit unit = OutputUnit.valueOf((String) r[3]);
      String currency = (String) r[4];
      BigDecimal cost = (BigDecimal) r[5];
      long output = ((Number) r[6]).longValue();
      BigDecimal perUnit = UnitCosts.perUnit(cost, output);
      String name = (String) r[1];
      if (groupBy == UnitCosts.Grouping.LINE) {
        name = BudgetCategory.valueOf(name).name();
      }
      UnitCostRow row =
          new UnitCostRow(
              (String) r[0],
              name,
              r[2] == null ? null : ((Number) r[2]).longValue(),
              unit,
              Money.of(cost, currency),
              output,
              perUnit == null ? null : Money.of(perUnit, currency),
              ((Number) r[7]).intValue());
      (unit == OutputUnit.PEOPLE_REMOVED ? removals : training).add(row);
    }
    return new UnitCostReport(groupBy.param(), from, to, UnitCosts.ROUNDING, removals, training);
  }

  /** What one month's approved actual costs of an agreement bought, for one unit of output. */
  public record MonthlyOutput(
      YearMonth month, OutputUnit unit, BigDecimal actualCost, long output) {
    /** Actual cost / output, scale 2, HALF_UP; null when nothing was delivered. */
    public BigDecimal perUnit() {
      return UnitCosts.perUnit(actualCost, output);
    }
  }

  /**
   * An agreement's outputs and their actual costs per month (of approval, UTC), for its IATI
   * results: what {@link #report} adds up, for one agreement, whoever asks.
   */
  public List<MonthlyOutput> monthly(long agreementId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select to_char(d.decided_at at time zone 'UTC', 'YYYY-MM'), d.output_unit,"
                    + " sum(d.amount - d.reversed), sum(d.output_quantity)"
                    + " from disbursement d"
                    + " where d.agreement_id = ?1 and d.status = 'APPROVED'"
                    + " and d.output_unit is not null"
                    + " group by 1, 2 order by 2, 1")
            .setParameter(1, agreementId)
            .getResultList();
    List<MonthlyOutput> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new MonthlyOutput(
              YearMonth.parse((String) r[0]),
              OutputUnit.valueOf((String) r[1]),
              (BigDecimal) r[2],
              ((Number) r[3]).longValue()));
    }
    return out;
  }

  /** Whether the agreement has a line of the category (e.g. TRAINING, for who implements). */
  public boolean hasLine(long agreementId, BudgetCategory category) {
    return ((Number)
                em.createNativeQuery(
                        "select count(*) from budget_line where agreement_id = ?1 and category = ?2")
                    .setParameter(1, agreementId)
                    .setParameter(2, category.name())
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /** The report as CSV (RFC 4180): one row per group and unit. */
  public static String csv(UnitCostReport report) {
    StringBuilder csv =
        new StringBuilder(
            "group_by,group,label,agreement_id,unit,currency,actual_cost,output,cost_per_unit,payments\r\n");
    List<UnitCostRow> all = new ArrayList<>(report.removals());
    all.addAll(report.training());
    for (UnitCostRow r : all) {
      csv.append(report.groupBy())
          .append(',')
          .append(field(r.group()))
          .append(',')
          .append(field(r.label()))
          .append(',')
          .append(r.agreementId() == null ? "" : r.agreementId())
          .append(',')
          .append(r.unit().name())
          .append(',')
          .append(r.actualCost().currency())
          .append(',')
          .append(r.actualCost().amount().toPlainString())
          .append(',')
          .append(r.output())
          .append(',')
          .append(r.costPerUnit() == null ? "" : r.costPerUnit().amount().toPlainString())
          .append(',')
          .append(r.payments())
          .append("\r\n");
    }
    return csv.toString();
  }

  /** A field quoted when it must be (RFC 4180), and never read as a formula by a spreadsheet. */
  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
