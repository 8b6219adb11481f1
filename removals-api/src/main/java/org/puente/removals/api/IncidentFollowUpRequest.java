package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of an incident's follow-up. */
public record IncidentFollowUpRequest(
    @NotNull @Schema(description = "ASSIGNED, UNDER_REVIEW or CLOSED, one step at a time")
        IncidentFollowUp to,
    @Size(max = 200) @Schema(description = "Who looks into it; required to assign") String assignee,
    @Size(max = 4000) @Schema(description = "What was found; required to close") String findings,
    @Schema(description = "Sets or changes the severity") IncidentSeverity severity) {}
