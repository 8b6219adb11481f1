package org.puente.removals.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rights explained to the person, in which language and through which interpreter. */
public record RightsNoticeRequest(
    @NotEmpty @Schema(description = "Every right explained") Set<@NotNull Right> rights,
    @NotNull
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code")
        @KnownLanguage
        @Schema(examples = "es")
        String language,
    @Size(max = 200) @Schema(description = "Required when the language is not one of the person's")
        String interpreter,
    @NotNull LocalDate informedOn) {}
