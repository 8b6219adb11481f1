package org.puente.removals.cases;

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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.puente.common.security.Agency;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseSummary;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.FamilyLink;
import org.puente.removals.api.IdentityDocument;

/** A person encountered and the removal case about them. Personal data throughout. */
@Entity
@Audited
@Table(name = "removal_case")
public class RemovalCase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "removal_case_seq")
  @SequenceGenerator(name = "removal_case_seq", allocationSize = 50)
  public Long id;

  /** The agency that opened the case; only it writes, others read under a disclosure grant. */
  @Column(name = "owning_agency")
  public String owningAgency;

  @Enumerated(EnumType.STRING)
  public CaseStatus status;

  @Column(name = "given_names")
  public String givenNames;

  @Column(name = "family_names")
  public String familyNames;

  @Column(name = "date_of_birth")
  public LocalDate dateOfBirth;

  /** ISO 3166-1 alpha-2. */
  public String nationality;

  public String sex;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> languages = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "identity_documents")
  public List<IdentityDocument> identityDocuments = new ArrayList<>();

  /** Reference to biometrics held elsewhere; never the biometrics themselves. */
  @Column(name = "biometric_reference")
  public String biometricReference;

  @Column(name = "encountered_on")
  public LocalDate encounteredOn;

  @Column(name = "encounter_place")
  public String encounterPlace;

  @Column(name = "encountering_unit")
  public String encounteringUnit;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "family_links")
  public List<FamilyLink> familyLinks = new ArrayList<>();

  @Column(name = "fit_to_fly")
  public Boolean fitToFly;

  @Column(name = "fitness_assessed_on")
  public LocalDate fitnessAssessedOn;

  @Column(name = "best_interest_decided_on")
  public LocalDate bestInterestDecidedOn;

  @Column(name = "best_interest_summary")
  public String bestInterestSummary;

  @Column(name = "removed_on")
  public LocalDate removedOn;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  /** The case in full. */
  public CaseView toView() {
    return new CaseView(
        id,
        Agency.fromCode(owningAgency).orElseThrow(),
        status,
        givenNames,
        familyNames,
        dateOfBirth,
        nationality,
        sex,
        List.copyOf(languages),
        List.copyOf(identityDocuments),
        biometricReference,
        encounteredOn,
        encounterPlace,
        encounteringUnit,
        List.copyOf(familyLinks),
        fitToFly,
        fitnessAssessedOn,
        bestInterestDecidedOn,
        removedOn,
        version);
  }

  /** The case as a list shows it, with the deadline it is listed for (null when none was asked). */
  public CaseSummary toSummary(LocalDate due) {
    return new CaseSummary(
        id,
        Agency.fromCode(owningAgency).orElseThrow(),
        status,
        givenNames,
        familyNames,
        nationality,
        sex,
        encounteredOn,
        encounterPlace,
        version,
        due);
  }
}
