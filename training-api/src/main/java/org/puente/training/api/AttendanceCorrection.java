package org.puente.training.api;

import jakarta.validation.constraints.NotNull;

/** A corrected mark for one recorded day. */
public record AttendanceCorrection(@NotNull AttendanceMark status) {}
