package org.puente.training.api;

import java.time.LocalDate;
import java.util.List;

/** A recorded sheet, as answered to its POST (and replayed for its Idempotency-Key). */
public record AttendanceSheet(long sessionId, LocalDate day, List<AttendanceView> records) {}
