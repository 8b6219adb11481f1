package org.puente.removals.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A monitor's report on one phase of an operation. */
public record MonitorReportRequest(
    @NotNull MonitoringPhase phase,
    @NotBlank @Size(max = 4000) @Schema(description = "Conditions the monitor observed")
        String conditions,
    @NotNull Boolean restraintsUsed,
    @Size(max = 2000)
        @Schema(description = "Which restraints, on whom (by case id), why; required when used")
        String restraintDetails,
    @Size(max = 4000) String medicalNeeds,
    @Size(max = 500) List<@Valid @NotNull MonitorHandover> handovers) {

  @AssertTrue(message = "restraintDetails are required when restraints were used")
  @Schema(hidden = true)
  boolean isRestraintDetails() {
    return !Boolean.TRUE.equals(restraintsUsed)
        || (restraintDetails != null && !restraintDetails.isBlank());
  }
}
