package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint from, or on behalf of, a person, as received by any channel. The complainant's name
 * and the summary are personal data. {@code receivedOn} is a date in the owning agency's time zone,
 * not in the future.
 */
public record ComplaintRequest(
    @Positive @Schema(description = "The removal case it concerns, if any") Long caseId,
    @Positive @Schema(description = "The removal operation it concerns, if any") Long operationId,
    @NotBlank @Size(max = 200) String complainant,
    boolean onBehalf,
    @Size(max = 200)
        @Schema(description = "The complainant's relationship to the person, when on behalf")
        String relationship,
    @NotNull ComplaintChannel channel,
    @NotNull ComplaintCategory category,
    @NotNull @Schema(examples = "2024-08-20") LocalDate receivedOn,
    @NotBlank @Size(max = 4000) String summary) {}
