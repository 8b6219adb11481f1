package org.puente.funding.obligations;

import java.time.LocalDate;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** An obligation and what became of it: remainder = amount - deobligated - pending - disbursed. */
public record ObligationView(
    long id,
    long agreementId,
    long budgetLineId,
    Money amount,
    Money deobligated,
    Money pending,
    Money disbursed,
    Money remainder,
    String purpose,
    String reference,
    LocalDate obligatedOn,
    String createdBy,
    long version)
    implements Identified {

  public static ObligationView of(Obligation o, String currency) {
    return new ObligationView(
        o.id,
        o.agreementId,
        o.line.id,
        Money.of(o.amount, currency),
        Money.of(o.deobligated, currency),
        Money.of(o.pending, currency),
        Money.of(o.disbursed, currency),
        Money.of(o.remainder(), currency),
        o.purpose,
        o.reference,
        o.obligatedOn,
        o.createdBy,
        o.version);
  }
}
