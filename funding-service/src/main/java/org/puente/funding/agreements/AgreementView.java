package org.puente.funding.agreements;

import java.time.LocalDate;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;

/** An agreement with its totals across budget lines. */
public record AgreementView(
    long id,
    String reference,
    String title,
    Agency donorAgency,
    Agency recipientAgency,
    String treasuryAccount,
    Money ceiling,
    Money allotted,
    Money obligated,
    Money disbursed,
    Money unallotted,
    LocalDate periodStart,
    LocalDate periodEnd,
    AgreementStatus status,
    long version)
    implements Identified {

  static AgreementView of(Agreement a, AgreementRepository.Totals totals) {
    String c = a.currency;
    return new AgreementView(
        a.id,
        a.reference,
        a.title,
        Agency.fromCode(a.donorAgency).orElseThrow(),
        Agency.fromCode(a.recipientAgency).orElseThrow(),
        a.treasuryAccount,
        Money.of(a.ceiling, c),
        Money.of(totals.allotted(), c),
        Money.of(totals.obligated(), c),
        Money.of(totals.disbursed(), c),
        Money.of(a.ceiling.subtract(totals.allotted()), c),
        a.periodStart,
        a.periodEnd,
        a.status,
        a.version);
  }
}
