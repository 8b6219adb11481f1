package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An identity document the person carried or that was found. Personal data. */
public record IdentityDocument(
    @NotNull IdentityDocumentType type,
    @NotBlank @Size(max = 60) String number,
    @NotBlank
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        @KnownCountry
        @Schema(examples = "VE")
        String issuingCountry) {}
