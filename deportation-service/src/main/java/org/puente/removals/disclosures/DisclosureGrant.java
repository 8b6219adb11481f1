package org.puente.removals.disclosures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.puente.common.security.Agency;
import org.puente.removals.api.DisclosureGrantView;

/**
 * Lets a partner agency read the owner's cases for a purpose, on a legal basis, until it expires:
 * one case, or all of the owner's cases when {@code caseId} is null.
 */
@Entity
@Audited
@Table(name = "disclosure_grant")
public class DisclosureGrant {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_grant_seq")
  @SequenceGenerator(name = "disclosure_grant_seq", allocationSize = 50)
  public Long id;

  @Column(name = "owner_agency")
  public String ownerAgency;

  @Column(name = "grantee_agency")
  public String granteeAgency;

  @Column(name = "case_id")
  public Long caseId;

  @Column(name = "legal_basis")
  public String legalBasis;

  public String purpose;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "granted_by")
  public String grantedBy;

  @Column(name = "granted_at")
  public Instant grantedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "revoked_by")
  public String revokedBy;

  @Version public long version;

  public boolean activeAt(Instant t) {
    return revokedAt == null && expiresAt.isAfter(t);
  }

  public DisclosureGrantView toView() {
    return new DisclosureGrantView(
        id,
        Agency.fromCode(ownerAgency).orElseThrow(),
        Agency.fromCode(granteeAgency).orElseThrow(),
        caseId,
        legalBasis,
        purpose,
        expiresAt,
        grantedBy,
        grantedAt,
        revokedAt,
        activeAt(Instant.now()),
        version);
  }
}
