package org.puente.removals.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision on an appeal against a removal order. */
public record AppealDecisionRequest(
    @NotNull AppealStatus outcome, @NotBlank @Size(max = 2000) String reason) {
  @AssertTrue(message = "must be ALLOWED or DISMISSED")
  @Schema(hidden = true)
  boolean isOutcome() {
    return outcome != AppealStatus.PENDING;
  }
}
