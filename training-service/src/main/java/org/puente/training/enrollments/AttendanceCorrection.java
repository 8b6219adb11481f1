package org.puente.training.enrollments;

import jakarta.validation.constraints.NotNull;

/** A corrected mark for one recorded day. */
public record AttendanceCorrection(@NotNull Attendance.Mark status) {}
