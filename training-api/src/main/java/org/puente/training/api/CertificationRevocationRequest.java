package org.puente.training.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a certification is revoked; kept with it and in its history. */
public record CertificationRevocationRequest(
    @NotBlank @Size(max = 500) @Schema(examples = "Issued on a result later found to be wrong")
        String reason) {}
