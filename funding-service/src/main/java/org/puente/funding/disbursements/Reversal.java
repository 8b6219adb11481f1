package org.puente.funding.disbursements;

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
import org.hibernate.envers.RelationTargetAuditMode;
import org.puente.common.money.Money;
import org.puente.funding.api.ReversalKind;
import org.puente.funding.api.ReversalReason;
import org.puente.funding.api.ReversalStatus;
import org.puente.funding.api.ReversalView;

/**
 * The reversal of an approved payment (refund or recovery): asked by one officer, decided by a
 * certifying officer of the donor who did not ask; once approved, a negative payment in the ledger.
 * At most one per payment, a rejected one aside (a unique index says so).
 */
@Entity
@Audited
@Table(name = "disbursement_reversal")
public class Reversal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disbursement_reversal_seq")
  @SequenceGenerator(name = "disbursement_reversal_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "disbursement_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  public Disbursement disbursement;

  @Column(name = "obligation_id")
  public long obligationId;

  @Column(name = "agreement_id")
  public long agreementId;

  @Enumerated(EnumType.STRING)
  public ReversalKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason_code")
  public ReversalReason reasonCode;

  /** The requester's words: kept here only, never in the ledger or the IATI export. */
  public String reason;

  public BigDecimal amount;

  @Enumerated(EnumType.STRING)
  public ReversalStatus status;

  @Column(name = "requested_by")
  public String requestedBy;

  @Column(name = "requested_at")
  public Instant requestedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Version public long version;

  /** The reversal as the API shows it, in its agreement's currency. */
  public ReversalView toView(String currency) {
    return new ReversalView(
        id,
        disbursement.id,
        obligationId,
        agreementId,
        kind,
        reasonCode,
        reason,
        Money.of(amount, currency),
        status,
        requestedBy,
        requestedAt,
        decidedBy,
        decidedAt,
        decisionReason,
        version);
  }
}
