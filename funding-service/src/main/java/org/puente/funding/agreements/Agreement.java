package org.puente.funding.agreements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.AgreementView;

/** A funding agreement between a donor and a recipient agency. */
@Entity
@Audited
public class Agreement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
  @SequenceGenerator(name = "agreement_seq", allocationSize = 50)
  public Long id;

  /** The agreement's own reference, e.g. PA-REMOVALS-2024; part of its IATI identifier. */
  public String reference;

  public String title;

  @Column(name = "donor_agency")
  public String donorAgency;

  @Column(name = "recipient_agency")
  public String recipientAgency;

  /** The appropriation: the Treasury Account Symbol the funds come from. */
  @Column(name = "treasury_account")
  public String treasuryAccount;

  public String currency;

  public BigDecimal ceiling;

  /** Sum of the lines' allotments; changed only by funds control's conditional updates. */
  @NotAudited
  @Column(updatable = false)
  public BigDecimal allotted = BigDecimal.ZERO;

  /** The period of availability: obligations are made only within it. */
  @Column(name = "period_start")
  public LocalDate periodStart;

  @Column(name = "period_end")
  public LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  public AgreementStatus status;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  /** The agreement as the API shows it, with its totals across budget lines. */
  public AgreementView toView(AgreementRepository.Totals totals) {
    return new AgreementView(
        id,
        reference,
        title,
        Agency.fromCode(donorAgency).orElseThrow(),
        Agency.fromCode(recipientAgency).orElseThrow(),
        treasuryAccount,
        Money.of(ceiling, currency),
        Money.of(totals.allotted(), currency),
        Money.of(totals.obligated(), currency),
        Money.of(totals.disbursed(), currency),
        Money.of(ceiling.subtract(totals.allotted()), currency),
        periodStart,
        periodEnd,
        status,
        version);
  }
}
