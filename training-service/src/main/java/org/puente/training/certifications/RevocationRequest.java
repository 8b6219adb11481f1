package org.puente.training.certifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a certification is revoked; kept with it and in its history. */
@Schema(name = "CertificationRevocationRequest")
public record RevocationRequest(
    @NotBlank @Size(max = 500) @Schema(examples = "Issued on a result later found to be wrong")
        String reason) {}
