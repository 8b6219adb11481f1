package org.puente.removals.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A screening interview as recorded; the screener is the caller. */
public record ScreeningRequest(
    @NotNull
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code")
        @KnownLanguage
        @Schema(examples = "es")
        String language,
    @Size(max = 200) String interpreter,
    @NotNull Boolean claimExpressed,
    @NotNull ScreeningOutcome outcome,
    @Size(max = 4000) String notes) {

  /** Fear expressed is a claim to examine: the interview cannot end as NO_CLAIM. */
  @AssertTrue(message = "must not be NO_CLAIM when a fear of return was expressed")
  @Schema(hidden = true)
  boolean isOutcome() {
    return !(Boolean.TRUE.equals(claimExpressed) && outcome == ScreeningOutcome.NO_CLAIM);
  }
}
