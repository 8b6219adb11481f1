package org.puente.training.enrollments;

import java.time.LocalDate;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** A nomination and its outcome. Names the officer: personal data. */
public record EnrollmentView(
    long id,
    long sessionId,
    long officerId,
    String officerName,
    Agency nominatingAgency,
    EnrollmentStatus status,
    Integer waitlistPosition,
    Integer score,
    LocalDate completedOn,
    long version)
    implements Identified {

  static EnrollmentView of(Enrollment e, Integer waitlistPosition) {
    return new EnrollmentView(
        e.id,
        e.session.id,
        e.officer.id,
        e.officer.givenName + " " + e.officer.familyName,
        Agency.fromCode(e.nominatingAgency).orElseThrow(),
        e.status,
        e.status == EnrollmentStatus.WAITLISTED ? waitlistPosition : null,
        e.score,
        e.completedOn,
        e.version);
  }
}
