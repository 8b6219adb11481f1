package org.puente.funding.api;

import java.time.Instant;
import java.time.LocalDate;
import org.puente.common.money.Money;

/**
 * A ledger transaction as the API shows it; a de-obligation and a reversed payment have a negative
 * amount.
 */
public record LedgerEntryView(
    long id,
    LedgerEntryType type,
    Money amount,
    LocalDate entryDate,
    long budgetLineId,
    long obligationId,
    Long disbursementId,
    Long reversalId,
    String description,
    String recordedBy,
    Instant recordedAt) {}
