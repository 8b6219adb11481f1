package org.puente.removals.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the country answered (issued, with number and validity, or refused), or how an issued
 * document ended (expired or cancelled). Number and dates are given only when it is issued.
 */
public record TravelDocumentUpdate(
    @NotNull TravelDocumentStatus status,
    @Size(max = 60) String number,
    LocalDate issuedOn,
    LocalDate expiresOn) {
  @AssertTrue(message = "an ISSUED document needs number, issuedOn and expiresOn after issuedOn")
  @Schema(hidden = true)
  boolean isNumber() {
    return status != TravelDocumentStatus.ISSUED
        || (number != null
            && !number.isBlank()
            && issuedOn != null
            && expiresOn != null
            && expiresOn.isAfter(issuedOn));
  }

  @AssertTrue(message = "number, issuedOn and expiresOn are given only for an ISSUED document")
  @Schema(hidden = true)
  boolean isIssuedOn() {
    return status == null
        || status == TravelDocumentStatus.ISSUED
        || (number == null && issuedOn == null && expiresOn == null);
  }
}
