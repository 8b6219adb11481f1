package org.puente.funding.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.puente.common.money.Money;

/**
 * A ledger transaction as the API shows it; a de-obligation and a reversed payment have a negative
 * amount.
 */
public record LedgerEntryView(
    long id,
    EntryType type,
    Money amount,
    LocalDate entryDate,
    long budgetLineId,
    long obligationId,
    Long disbursementId,
    Long reversalId,
    String description,
    String recordedBy,
    Instant recordedAt) {

  public static LedgerEntryView of(LedgerEntry e) {
    return new LedgerEntryView(
        e.id,
        e.type,
        Money.of(e.amount, e.currency),
        e.entryDate,
        e.budgetLineId,
        e.obligationId,
        e.disbursementId,
        e.reversalId,
        e.description,
        e.recordedBy,
        e.recordedAt);
  }
}
