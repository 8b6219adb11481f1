package org.puente.training.enrollments;

import java.time.LocalDate;
import java.util.List;
import org.puente.common.http.Identified;

/** One officer's mark for one day. */
public record AttendanceView(
    long id, long enrollmentId, long sessionId, LocalDate day, Attendance.Mark status, long version)
    implements Identified {

  static AttendanceView of(Attendance a) {
    return new AttendanceView(a.id, a.enrollment.id, a.sessionId, a.day, a.status, a.version);
  }

  /** A recorded sheet, as answered to its POST (and replayed for its Idempotency-Key). */
  public record Sheet(long sessionId, LocalDate day, List<AttendanceView> records) {}
}
