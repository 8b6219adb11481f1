package org.puente.funding.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.puente.common.request.RequestIds;
import org.puente.common.security.Caller;
import org.puente.funding.obligations.Obligation;

/** Writes ledger entries, in the same transaction as the balance change they record. */
@ApplicationScoped
public class Ledger {

  private final LedgerRepository entries;

  Ledger(LedgerRepository entries) {
    this.entries = entries;
  }

  public LedgerEntry record(
      Caller caller,
      EntryType type,
      Obligation obligation,
      Long disbursementId,
      BigDecimal amount,
      String currency,
      String description) {
    LedgerEntry entry = new LedgerEntry();
    entry.agreementId = obligation.agreementId;
    entry.budgetLineId = obligation.line.id;
    entry.obligationId = obligation.id;
    entry.disbursementId = disbursementId;
    entry.type = type;
    entry.amount = type == EntryType.DEOBLIGATION ? amount.negate() : amount;
    entry.currency = currency;
    entry.entryDate = LocalDate.now(ZoneOffset.UTC);
    entry.description = description;
    entry.recordedBy = caller.username();
    entry.requestId = RequestIds.current();
    entry.recordedAt = Instant.now();
    entries.persist(entry);
    return entry;
  }
}
