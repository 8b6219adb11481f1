package org.puente.removals.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.ProtectionClaimView;

/** A claim for international protection (asylum, refugee status) and its decision. */
@Entity
@Audited
@Table(name = "protection_claim")
public class ProtectionClaim {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "protection_claim_seq")
  @SequenceGenerator(name = "protection_claim_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Column(name = "filed_on")
  public LocalDate filedOn;

  public String grounds;

  @Enumerated(EnumType.STRING)
  public ClaimStatus status;

  @Column(name = "decided_on")
  public LocalDate decidedOn;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Version public long version;

  public ProtectionClaimView toView() {
    return new ProtectionClaimView(
        id,
        caseId,
        filedOn,
        grounds,
        status,
        decidedOn,
        decidedBy,
        decidedAt,
        decisionReason,
        version);
  }
}
