package org.puente.bench.bare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The same columns as a removal case, mapped the same way. */
@Entity
@Table(name = "bare_case")
public class BareCase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bare_case_seq")
  @SequenceGenerator(name = "bare_case_seq", allocationSize = 50)
  public Long id;

  @Column(name = "owning_agency")
  public String owningAgency;

  public String status;

  @Column(name = "given_names")
  public String givenNames;

  @Column(name = "family_names")
  public String familyNames;

  @Column(name = "date_of_birth")
  public LocalDate dateOfBirth;

  public String nationality;

  public String sex;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> languages = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "identity_documents")
  public List<Map<String, Object>> identityDocuments = new ArrayList<>();

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
  public List<Map<String, Object>> familyLinks = new ArrayList<>();

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
}
