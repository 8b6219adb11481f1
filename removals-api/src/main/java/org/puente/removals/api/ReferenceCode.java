package org.puente.removals.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A code the service accepts (a country or a language), with its names to show. */
public record ReferenceCode(
    @Schema(examples = "VE") String code,
    @Schema(examples = "Venezuela") String english,
    @Schema(examples = "Venezuela") String spanish) {}
