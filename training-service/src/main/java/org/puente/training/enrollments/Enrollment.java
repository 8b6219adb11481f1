package org.puente.training.enrollments;

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
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.puente.common.security.Agency;
import org.puente.training.api.EnrollmentStatus;
import org.puente.training.api.EnrollmentView;
import org.puente.training.officers.Officer;
import org.puente.training.sessions.TrainingSession;

/** An officer's nomination to a session, and what became of it. */
@Entity
@Audited
public class Enrollment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrollment_seq")
  @SequenceGenerator(name = "enrollment_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  public TrainingSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  public Officer officer;

  @Column(name = "nominating_agency")
  public String nominatingAgency;

  @Column(name = "nominated_by")
  public String nominatedBy;

  @Enumerated(EnumType.STRING)
  public EnrollmentStatus status;

  public Integer score;

  @Column(name = "completed_on")
  public LocalDate completedOn;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  /** The nomination as the API shows it; the position counts only while it is waitlisted. */
  public EnrollmentView toView(Integer waitlistPosition) {
    return new EnrollmentView(
        id,
        session.id,
        officer.id,
        officer.givenName + " " + officer.familyName,
        Agency.fromCode(nominatingAgency).orElseThrow(),
        status,
        status == EnrollmentStatus.WAITLISTED ? waitlistPosition : null,
        score,
        completedOn,
        version);
  }
}
