package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.security.Agency;

/**
 * Names a monitor on an operation: the user, by the agency that issues their token and their user
 * name there. The monitor may then read the operation, its care manifest and incidents, and file
 * reports, whichever agency they belong to.
 */
public record MonitorAssignmentRequest(
    @NotNull @Schema(description = "The agency whose identity provider signs the monitor in")
        Agency agency,
    @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name")
        @Schema(
            description = "The monitor's user name (preferred_username) at that agency",
            examples = "snm-monitor")
        String username,
    @Size(max = 200) @Schema(description = "The monitoring body the monitor acts for, for display")
        String organisation) {}
