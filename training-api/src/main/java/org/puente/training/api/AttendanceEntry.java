package org.puente.training.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The mark of one enrollment on an attendance sheet. */
public record AttendanceEntry(
    @NotNull @Positive Long enrollmentId, @NotNull AttendanceMark status) {}
