package org.puente.removals.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person encountered, opening a case of the caller's agency. */
public record CaseRequest(
    @NotBlank @Size(max = 200) @Schema(examples = "Ana María") String givenNames,
    @NotBlank @Size(max = 200) @Schema(examples = "Rojas Pérez") String familyNames,
    @PastOrPresent @Schema(examples = "1994-03-12") LocalDate dateOfBirth,
    @NotNull
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        @KnownCountry
        @Schema(examples = "VE")
        String nationality,
    @NotNull @Pattern(regexp = "[FMX]", message = "must be F, M or X") String sex,
    @Size(max = 10)
        List<
                @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code")
                @KnownLanguage String>
            languages,
    @Size(max = 10) List<@Valid @NotNull IdentityDocument> identityDocuments,
    @Size(max = 100) @Schema(examples = "BIO-2024-000123") String biometricReference,
    @NotNull @PastOrPresent @Schema(examples = "2024-08-01") LocalDate encounteredOn,
    @NotBlank @Size(max = 200) @Schema(examples = "Lajas Blancas reception station")
        String encounterPlace,
    @Size(max = 200) @Schema(examples = "SENAFRONT Darién") String encounteringUnit,
    @Size(max = 20) List<@Valid @NotNull FamilyLink> familyLinks) {}
