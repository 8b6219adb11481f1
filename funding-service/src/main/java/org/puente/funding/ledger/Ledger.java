package org.puente.funding.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.puente.common.request.RequestIds;
import org.puente.common.security.Caller;
import org.puente.funding.api.LedgerEntryType;
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
      LedgerEntryType type,
      Obligation obligation,
      Long disbursementId,
      BigDecimal amount,
      String currency,
      String description) {
    return record(
        caller,
        type,
        obligation,
        disbursementId,
        type == LedgerEntryType.DEOBLIGATION ? amount.negate() : amount,
        currency,
        description,
        null);
  }

  private LedgerEntry record(
      Caller caller,
      LedgerEntryType type,
      Obligation obligation,
      Long disbursementId,
      BigDecimal signedAmount,
      String currency,
      String description,
      Long reversalId) {
    LedgerEntry entry = new LedgerEntry();
    entry.agreementId = obligation.agreementId;
    entry.budgetLineId = obligation.line.id;
    entry.obligationId = obligation.id;
    entry.disbursementId = disbursementId;
    entry.type = type;
    entry.reversalId = reversalId;
    entry.amount = signedAmount;
    entry.currency = currency;
    entry.entryDate = LocalDate.now(ZoneOffset.UTC);
    entry.description = description;
    entry.recordedBy = caller.username();
    entry.requestId = RequestIds.current();
    entry.recordedAt = Instant.now();
    entries.persist(entry);
    return entry;
  }

  /** The reversing entry of an approved reversal: the payment's type, a negative amount. */
  public LedgerEntry reverse(
      Caller caller,
      LedgerEntryType type,
      Obligation obligation,
      long disbursementId,
      long reversalId,
      BigDecimal amount,
      String currency,
      String description) {
    return record(
        caller,
        type,
        obligation,
        disbursementId,
        amount.negate(),
        currency,
        description,
        reversalId);
  }
}
