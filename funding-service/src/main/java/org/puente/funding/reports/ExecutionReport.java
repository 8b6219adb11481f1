package org.puente.funding.reports;

import java.util.List;
import org.puente.common.money.Money;
import org.puente.funding.lines.Category;

/**
 * Budget execution of an agreement: per line and in total, what was allotted, obligated, awaiting
 * payment, paid (disbursed and expended) and is still available to obligate.
 */
public record ExecutionReport(
    long agreementId, String reference, String title, List<Row> lines, Row total) {

  /** One line of the report; {@code category} is null on the total. */
  public record Row(
      Long budgetLineId,
      Category category,
      Money allotted,
      Money obligated,
      Money pending,
      Money disbursed,
      Money expended,
      Money available) {}
}
