package org.puente.funding.lines;

import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** A budget line with its balances: available = allotted - obligated. */
public record BudgetLineView(
    long id,
    long agreementId,
    Category category,
    String description,
    Money allotted,
    Money obligated,
    Money disbursed,
    Money available,
    long version)
    implements Identified {

  public static BudgetLineView of(BudgetLine l) {
    String c = l.agreement.currency;
    return new BudgetLineView(
        l.id,
        l.agreement.id,
        l.category,
        l.description,
        Money.of(l.allotted, c),
        Money.of(l.obligated, c),
        Money.of(l.disbursed, c),
        Money.of(l.available(), c),
        l.version);
  }
}
