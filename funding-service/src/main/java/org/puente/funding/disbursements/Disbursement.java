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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.puente.common.money.Money;
import org.puente.funding.api.DeliveredOutput;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.PaymentKind;
import org.puente.funding.obligations.Obligation;

/** A payment against an obligation: requested by one person, decided by another. */
@Entity
@Audited
public class Disbursement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disbursement_seq")
  @SequenceGenerator(name = "disbursement_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "obligation_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  public Obligation obligation;

  @Column(name = "agreement_id")
  public long agreementId;

  @Enumerated(EnumType.STRING)
  public PaymentKind kind;

  public BigDecimal amount;

  /** What has been given back of it by approved reversals; changed only by funds control. */
  @NotAudited
  @Column(updatable = false)
  public BigDecimal reversed = BigDecimal.ZERO;

  public String description;

  @Enumerated(EnumType.STRING)
  public DisbursementStatus status;

  @Column(name = "requested_by")
  public String requestedBy;

  @Column(name = "requested_agency")
  public String requestedAgency;

  @Column(name = "requested_at")
  public Instant requestedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decision_reason")
  public String decisionReason;

  /** What the payment bought (people removed, officers certified); null when not said. */
  @Column(name = "output_quantity")
  public Integer outputQuantity;

  @Enumerated(EnumType.STRING)
  @Column(name = "output_unit")
  public OutputUnit outputUnit;

  @Version public long version;

  /** The payment request as the API shows it, in its agreement's currency. */
  public DisbursementView toView(String currency) {
    return new DisbursementView(
        id,
        obligation.id,
        agreementId,
        kind,
        Money.of(amount, currency),
        description,
        status,
        requestedBy,
        requestedAt,
        decidedBy,
        decidedAt,
        decisionReason,
        version,
        outputQuantity == null ? null : new DeliveredOutput(outputQuantity, outputUnit));
  }
}
