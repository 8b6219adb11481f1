package org.puente.training.officers;

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
import org.puente.training.api.OfficerView;
import org.puente.training.api.VettingStatus;

/** A partner official who can be trained and certified. Personal data. */
@Entity
@Audited
public class Officer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "officer_seq")
  @SequenceGenerator(name = "officer_seq", allocationSize = 50)
  public Long id;

  @Column(name = "given_name")
  public String givenName;

  @Column(name = "family_name")
  public String familyName;

  public String agency;

  @Column(name = "badge_number")
  public String badgeNumber;

  public String rank;

  @Enumerated(EnumType.STRING)
  @Column(name = "vetting_status")
  public VettingStatus vettingStatus;

  @Column(name = "vetting_expires_on")
  public LocalDate vettingExpiresOn;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  /** The officer as the API shows them. */
  public OfficerView toView() {
    return new OfficerView(
        id,
        givenName,
        familyName,
        Agency.fromCode(agency).orElseThrow(),
        badgeNumber,
        rank,
        vettingStatus,
        vettingExpiresOn,
        version);
  }
}
