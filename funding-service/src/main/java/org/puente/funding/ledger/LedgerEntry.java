package org.puente.funding.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.puente.common.money.Money;
import org.puente.funding.api.LedgerEntryType;
import org.puente.funding.api.LedgerEntryView;

/**
 * One transaction of the append-only ledger. Never edited or deleted (the database refuses it); a
 * correction is a new, reversing entry.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
  @SequenceGenerator(name = "ledger_entry_seq", allocationSize = 50)
  public Long id;

  @Column(name = "agreement_id")
  public long agreementId;

  @Column(name = "budget_line_id")
  public long budgetLineId;

  @Column(name = "obligation_id")
  public long obligationId;

  @Column(name = "disbursement_id")
  public Long disbursementId;

  /** The reversal this entry carries out: a negative payment. */
  @Column(name = "reversal_id")
  public Long reversalId;

  @Enumerated(EnumType.STRING)
  public LedgerEntryType type;

  /** Signed: negative for a de-obligation and for a reversed payment. */
  public BigDecimal amount;

  public String currency;

  @Column(name = "entry_date")
  public LocalDate entryDate;

  public String description;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "request_id")
  public String requestId;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  /** The transaction as the API shows it; a de-obligation and a reversed payment are negative. */
  public LedgerEntryView toView() {
    return new LedgerEntryView(
        id,
        type,
        Money.of(amount, currency),
        entryDate,
        budgetLineId,
        obligationId,
        disbursementId,
        reversalId,
        description,
        recordedBy,
        recordedAt);
  }
}
