package org.puente.removals.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A removal order as issued and notified. */
public record RemovalOrderRequest(
    @NotBlank @Size(max = 500) @Schema(examples = "Decreto Ley 3 de 2008, art. 65")
        String legalBasis,
    @NotNull @PastOrPresent LocalDate issuedOn,
    @NotNull @PastOrPresent LocalDate notifiedOn,
    @NotNull LocalDate appealDeadline,
    @NotNull Boolean appealSuspensive) {

  @AssertTrue(message = "must be on or after notifiedOn, which must be on or after issuedOn")
  @Schema(hidden = true)
  boolean isAppealDeadline() {
    return issuedOn == null
        || notifiedOn == null
        || appealDeadline == null
        || (!notifiedOn.isBefore(issuedOn) && !appealDeadline.isBefore(notifiedOn));
  }
}
