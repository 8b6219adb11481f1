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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceView;

/** Whether an enrolled officer attended one day of the session. */
@Entity
@Audited
public class Attendance {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
  @SequenceGenerator(name = "attendance_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  public Enrollment enrollment;

  /** The enrollment's session, kept here so a session's sheet is read by index. */
  @Column(name = "session_id")
  public long sessionId;

  public LocalDate day;

  @Enumerated(EnumType.STRING)
  public AttendanceMark status;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Version public long version;

  public AttendanceView toView() {
    return new AttendanceView(id, enrollment.id, sessionId, day, status, version);
  }
}
