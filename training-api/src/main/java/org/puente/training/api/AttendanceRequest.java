package org.puente.training.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One day's attendance sheet: a mark per enrolled officer. */
public record AttendanceRequest(
    @NotNull @Schema(examples = "2024-09-02") LocalDate day,
    @NotEmpty @Size(max = 500) List<@Valid @NotNull AttendanceEntry> records) {}
