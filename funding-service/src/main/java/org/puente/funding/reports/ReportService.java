package org.puente.funding.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.puente.common.money.Money;
import org.puente.common.security.Caller;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.agreements.AgreementService;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.ExecutionReport;
import org.puente.funding.api.ExecutionReportRow;

@ApplicationScoped
public class ReportService {

  private final AgreementService agreements;
  private final EntityManager em;

  ReportService(AgreementService agreements, EntityManager em) {
    this.agreements = agreements;
    this.em = em;
  }

  public ExecutionReport execution(Caller caller, long agreementId) {
    Agreement a = agreements.visible(caller, agreementId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select l.id, l.category, l.allotted, l.obligated,"
                    + " coalesce((select sum(o.pending) from obligation o"
                    + "   where o.budget_line_id = l.id), 0),"
                    + " coalesce(sum(e.amount) filter (where e.type = 'DISBURSEMENT'), 0),"
                    + " coalesce(sum(e.amount) filter (where e.type = 'EXPENDITURE'), 0)"
                    + " from budget_line l left join ledger_entry e on e.budget_line_id = l.id"
                    + " where l.agreement_id = ?1 group by l.id order by l.id")
            .setParameter(1, agreementId)
            .getResultList();
    String c = a.currency;
    List<ExecutionReportRow> lines = new ArrayList<>();
    BigDecimal[] sums = {
      BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
    };
    for (Object[] r : rows) {
      BigDecimal allotted = (BigDecimal) r[2];
      BigDecimal obligated = (BigDecimal) r[3];
      BigDecimal pending = (BigDecimal) r[4];
      BigDecimal disbursed = (BigDecimal) r[5];
      BigDecimal expended = (BigDecimal) r[6];
      BigDecimal[] values = {allotted, obligated, pending, disbursed, expended};
      for (int i = 0; i < sums.length; i++) {
        sums[i] = sums[i].add(values[i]);
      }
      lines.add(
          new ExecutionReportRow(
              ((Number) r[0]).longValue(),
              BudgetCategory.valueOf((String) r[1]),
              Money.of(allotted, c),
              Money.of(obligated, c),
              Money.of(pending, c),
              Money.of(disbursed, c),
              Money.of(expended, c),
              Money.of(allotted.subtract(obligated), c)));
    }
    ExecutionReportRow total =
        new ExecutionReportRow(
            null,
            null,
            Money.of(sums[0], c),
            Money.of(sums[1], c),
            Money.of(sums[2], c),
            Money.of(sums[3], c),
            Money.of(sums[4], c),
            Money.of(sums[0].subtract(sums[1]), c));
    return new ExecutionReport(a.id, a.reference, a.title, lines, total);
  }

  /** The report as CSV (RFC 4180), one row per line and a total row. */
  public static String csv(ExecutionReport report) {
    StringBuilder csv =
        new StringBuilder(
            "budget_line_id,category,currency,allotted,obligated,pending,disbursed,expended,available\r\n");
    for (ExecutionReportRow row : report.lines()) {
      append(csv, String.valueOf(row.budgetLineId()), row.category().name(), row);
    }
    append(csv, "", "TOTAL", report.total());
    return csv.toString();
  }

  private static void append(StringBuilder csv, String id, String category, ExecutionReportRow r) {
    csv.append(id).append(',').append(category).append(',').append(r.allotted().currency());
    for (Money m :
        List.of(
            r.allotted(), r.obligated(), r.pending(), r.disbursed(), r.expended(), r.available())) {
      csv.append(',').append(m.amount().toPlainString());
    }
    csv.append("\r\n");
  }
}
