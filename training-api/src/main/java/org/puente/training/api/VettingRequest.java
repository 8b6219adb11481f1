package org.puente.training.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of vetting; a clearance must say until when it holds. */
public record VettingRequest(@NotNull VettingStatus status, LocalDate expiresOn) {

  @AssertTrue(message = "is required when the status is CLEARED, and only then")
  @Schema(hidden = true)
  boolean isExpiresOn() {
    return status == null || (status == VettingStatus.CLEARED) == (expiresOn != null);
  }
}
