package org.puente.removals.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The codes the service accepts, for forms to offer as choices: exactly what {@link KnownCountry}
 * and {@link KnownLanguage} let through, since both read {@link ReferenceCodes}.
 */
public record ReferenceData(
    @Schema(description = "ISO 3166-1 alpha-2 countries (nationality, issuing countries), by code")
        List<ReferenceCode> countries,
    @Schema(
            description =
                "ISO 639 languages (a case's languages, an interview's or a notice's), by code:"
                    + " the ISO 639-1 languages and the ISO 639-3 languages of the region")
        List<ReferenceCode> languages) {}
