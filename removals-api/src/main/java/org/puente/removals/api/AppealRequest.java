package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appeal lodged against a removal order. */
public record AppealRequest(
    @NotNull LocalDate filedOn,
    @NotBlank @Size(max = 4000) String grounds,
    @NotNull Boolean suspensive,
    @Size(max = 1000)
        @Schema(
            description =
                "A supervisor admitting an appeal lodged after the deadline says why here")
        String outOfTimeReason) {}
