package org.puente.training.enrollments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One day's attendance sheet: a mark per enrolled officer. */
@Schema(name = "AttendanceRequest")
public record AttendanceRequest(
    @NotNull @Schema(examples = "2024-09-02") LocalDate day,
    @NotEmpty @Size(max = 500) List<@Valid @NotNull Entry> records) {

  /** The mark of one enrollment. */
  public record Entry(@NotNull @Positive Long enrollmentId, @NotNull Attendance.Mark status) {}
}
