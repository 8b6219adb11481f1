package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A travel document to request from the country of return. */
public record TravelDocumentRequest(
    @NotNull TravelDocumentType type,
    @NotNull
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        @KnownCountry
        @Schema(examples = "VE")
        String country) {}
