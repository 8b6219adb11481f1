package org.puente.training.certifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.puente.common.security.Agency;
import org.puente.training.api.CertificationRevocation;
import org.puente.training.api.CertificationView;
import org.puente.training.api.Competency;

/**
 * An officer's certified competency, valid from {@code issuedOn} through {@code expiresOn} while it
 * is not revoked and its holder's vetting holds ({@link CertificationValidity}).
 */
@Entity
@Audited
public class Certification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_seq")
  @SequenceGenerator(name = "certification_seq", allocationSize = 50)
  public Long id;

  @Column(name = "officer_id")
  public long officerId;

  /** The enrollment whose passing result issued it (one certification per enrollment). */
  @Column(name = "enrollment_id")
  public long enrollmentId;

  /** The officer's agency, kept here so lists filter by it without a join. */
  public String agency;

  @Enumerated(EnumType.STRING)
  public Competency competency;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Column(name = "created_at")
  public Instant createdAt;

  /** When it was revoked; null while it stands. */
  @Column(name = "revoked_at")
  public Instant revokedAt;

  /** The provider's coordinator who revoked it. */
  @Column(name = "revoked_by")
  public String revokedBy;

  @Column(name = "revocation_reason")
  public String revocationReason;

  @Version public long version;

  public boolean revoked() {
    return revokedAt != null;
  }

  /** What {@link CertificationValidity} decides on. */
  public CertificationValidity.Held held() {
    return new CertificationValidity.Held(id, issuedOn, expiresOn, revoked());
  }

  /** The certification as the API shows it, with its revocation if any. */
  public CertificationView toView() {
    return new CertificationView(
        id,
        officerId,
        Agency.fromCode(agency).orElseThrow(),
        competency,
        issuedOn,
        expiresOn,
        enrollmentId,
        revoked() ? new CertificationRevocation(revokedAt, revokedBy, revocationReason) : null,
        version);
  }
}
