package org.puente.funding.lines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.puente.common.money.Money;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineView;

/**
 * A line of an agreement's budget. {@code obligated} and {@code disbursed} are never written by
 * Hibernate: only funds control's conditional updates change them, each with a ledger entry.
 */
@Entity
@Audited
@Table(name = "budget_line")
public class BudgetLine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_line_seq")
  @SequenceGenerator(name = "budget_line_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agreement_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  public Agreement agreement;

  @Enumerated(EnumType.STRING)
  public BudgetCategory category;

  public String description;

  /** Changed only through funds control, which keeps the agreement's total within its ceiling. */
  @Column(updatable = false)
  public BigDecimal allotted;

  @NotAudited
  @Column(updatable = false)
  public BigDecimal obligated = BigDecimal.ZERO;

  @NotAudited
  @Column(updatable = false)
  public BigDecimal disbursed = BigDecimal.ZERO;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  public BigDecimal available() {
    return allotted.subtract(obligated);
  }

  /** The line as the API shows it, with its balances. */
  public BudgetLineView toView() {
    String c = agreement.currency;
    return new BudgetLineView(
        id,
        agreement.id,
        category,
        description,
        Money.of(allotted, c),
        Money.of(obligated, c),
        Money.of(disbursed, c),
        Money.of(available(), c),
        version);
  }
}
