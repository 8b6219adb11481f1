package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Run the retention policy now, or only say what it would do. */
public record RetentionRunRequest(
    @NotNull
        @Schema(
            description =
                "true: change nothing and answer the counts a run would have; false: pseudonymise")
        Boolean dryRun) {}
