package org.puente.training.courses;

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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.puente.common.security.Agency;
import org.puente.training.api.Competency;
import org.puente.training.api.CourseView;

@Entity
@Audited
public class Course {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
  @SequenceGenerator(name = "course_seq", allocationSize = 50)
  public Long id;

  public String title;

  @Enumerated(EnumType.STRING)
  public Competency competency;

  public int hours;

  public String language;

  @Column(name = "certificate_validity_months")
  public int certificateValidityMonths;

  /** Competencies an officer must already hold (valid certification) to be nominated. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> prerequisites = new ArrayList<>();

  @Column(name = "provider_agency")
  public String providerAgency;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  /** The course as the API shows it. */
  public CourseView toView() {
    return new CourseView(
        id,
        title,
        competency,
        hours,
        language,
        certificateValidityMonths,
        prerequisites.stream().map(Competency::valueOf).toList(),
        Agency.fromCode(providerAgency).orElseThrow(),
        version);
  }
}
