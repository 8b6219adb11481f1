package org.puente.funding.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/**
 * A ledger transaction as the API shows it; a de-obligation and a reversed payment have a negative
 * amount.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    description =
        "A ledger transaction; the amount is negative (e.g. \"-10.00\") for a DEOBLIGATION and for"
            + " a reversed payment")
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
