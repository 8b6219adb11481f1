package org.puente.training.certifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.puente.training.courses.Competency;

/** An officer's certified competency, valid from {@code issuedOn} through {@code expiresOn}. */
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

  /** Valid on a day from issue through expiry, both included. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
  }
}
