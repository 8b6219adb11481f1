package org.puente.removals.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A search by name or biometric reference, with the list filters. A POST body, because names are
 * personal data and never belong in a URL.
 */
public record CaseSearch(
    @Size(max = 200) @Schema(examples = "ana rojas") String text,
    CaseStatus status,
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String nationality,
    FlagType openFlag,
    LocalDate encounteredFrom,
    LocalDate encounteredTo,
    @Min(1) @Max(200) Integer limit,
    @Size(max = 100) String cursor) {}
