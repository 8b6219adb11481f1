package org.puente.removals.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision on a pending protection claim. */
public record ClaimDecisionRequest(
    @NotNull ClaimStatus outcome, @NotBlank @Size(max = 2000) String reason) {
  @AssertTrue(message = "must be GRANTED or DENIED")
  @Schema(hidden = true)
  boolean isOutcome() {
    return outcome != ClaimStatus.PENDING;
  }
}
