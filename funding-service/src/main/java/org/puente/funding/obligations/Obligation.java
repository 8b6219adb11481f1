package org.puente.funding.obligations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.puente.common.money.Money;
import org.puente.funding.api.ObligationView;
import org.puente.funding.lines.BudgetLine;

/**
 * Funds committed on a budget line for one purpose. Its balances are changed only by funds
 * control's conditional updates, each with a ledger entry.
 */
@Entity
@Audited
public class Obligation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obligation_seq")
  @SequenceGenerator(name = "obligation_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_line_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  public BudgetLine line;

  @Column(name = "agreement_id")
  public long agreementId;

  @Column(updatable = false)
  public BigDecimal amount;

  @NotAudited
  @Column(updatable = false)
  public BigDecimal deobligated = BigDecimal.ZERO;

  /** Requested payments awaiting a decision: reserved, so approvals never exceed the amount. */
  @NotAudited
  @Column(updatable = false)
  public BigDecimal pending = BigDecimal.ZERO;

  @NotAudited
  @Column(updatable = false)
  public BigDecimal disbursed = BigDecimal.ZERO;

  public String purpose;

  /** What it funds, e.g. {@code removal-operation:42} or {@code training-session:7}. */
  public String reference;

  @Column(name = "obligated_on")
  public LocalDate obligatedOn;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  /** What can still be paid or de-obligated. */
  public BigDecimal remainder() {
    return amount.subtract(deobligated).subtract(pending).subtract(disbursed);
  }

  /** The obligation as the API shows it, in its agreement's currency. */
  public ObligationView toView(String currency) {
    return new ObligationView(
        id,
        agreementId,
        line.id,
        Money.of(amount, currency),
        Money.of(deobligated, currency),
        Money.of(pending, currency),
        Money.of(disbursed, currency),
        Money.of(remainder(), currency),
        purpose,
        reference,
        obligatedOn,
        createdBy,
        version);
  }
}
