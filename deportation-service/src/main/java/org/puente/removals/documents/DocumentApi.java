package org.puente.removals.documents;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;

/** What the travel-document endpoints take and give. */
public final class DocumentApi {

  private DocumentApi() {}

  /** A document to request from the country of return. */
  public record Request(
      @NotNull TravelDocument.Type type,
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
          String country) {}

  /**
   * What the country answered (issued, with number and validity, or refused), or how an issued
   * document ended (expired or cancelled). Number and dates are given only when it is issued.
   */
  public record Update(
      @NotNull TravelDocument.Status status,
      @Size(max = 60) String number,
      LocalDate issuedOn,
      LocalDate expiresOn) {
    @AssertTrue(message = "an ISSUED document needs number, issuedOn and expiresOn after issuedOn")
    @Schema(hidden = true)
    boolean isNumber() {
      return status != TravelDocument.Status.ISSUED
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
          || status == TravelDocument.Status.ISSUED
          || (number == null && issuedOn == null && expiresOn == null);
    }
  }

  /** A document request and its outcome. */
  public record View(
      long id,
      long caseId,
      TravelDocument.Type type,
      String country,
      String number,
      TravelDocument.Status status,
      LocalDate requestedOn,
      LocalDate issuedOn,
      LocalDate expiresOn,
      long version)
      implements Identified {
    static View of(TravelDocument d) {
      return new View(
          d.id,
          d.caseId,
          d.type,
          d.country,
          d.number,
          d.status,
          d.requestedOn,
          d.issuedOn,
          d.expiresOn,
          d.version);
    }
  }
}
