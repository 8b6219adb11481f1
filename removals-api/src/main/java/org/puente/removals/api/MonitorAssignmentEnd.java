package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Ends a monitor's assignment; they see the operation no more. */
public record MonitorAssignmentEnd(@NotBlank @Size(max = 1000) String reason) {}
