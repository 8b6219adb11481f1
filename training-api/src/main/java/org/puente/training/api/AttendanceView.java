package org.puente.training.api;

import java.time.LocalDate;
import org.puente.common.http.Identified;

/** One officer's mark for one day. */
public record AttendanceView(
    long id, long enrollmentId, long sessionId, LocalDate day, AttendanceMark status, long version)
    implements Identified {}
