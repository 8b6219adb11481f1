package org.puente.removals.screening;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;

/** What the screening endpoints take and give. */
public final class ScreeningApi {

  private ScreeningApi() {}

  /** The interview as recorded; the screener is the caller. */
  public record Record(
      @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String language,
      @Size(max = 200) String interpreter,
      @NotNull Boolean claimExpressed,
      @NotNull Screening.Outcome outcome,
      @Size(max = 4000) String notes) {

    /** Fear expressed is a claim to examine: the interview cannot end as NO_CLAIM. */
    @AssertTrue(message = "must not be NO_CLAIM when a fear of return was expressed")
    @Schema(hidden = true)
    boolean isOutcome() {
      return !(Boolean.TRUE.equals(claimExpressed) && outcome == Screening.Outcome.NO_CLAIM);
    }
  }

  /** A second supervisor's confirmation of a negative screening. */
  public record Confirmation(@NotBlank @Size(max = 1000) String reason) {}

  /** A screening as shown. */
  public record View(
      long id,
      long caseId,
      String screener,
      long screenerOfficerId,
      long certificationId,
      String language,
      String interpreter,
      boolean claimExpressed,
      Screening.Outcome outcome,
      String notes,
      Instant screenedAt,
      boolean needsConfirmation,
      String confirmedBy,
      Instant confirmedAt,
      String confirmationReason,
      long version)
      implements Identified {
    static View of(Screening s) {
      return new View(
          s.id,
          s.caseId,
          s.screener,
          s.screenerOfficerId,
          s.certificationId,
          s.language,
          s.interpreter,
          s.claimExpressed,
          s.outcome,
          s.notes,
          s.screenedAt,
          s.needsConfirmation(),
          s.confirmedBy,
          s.confirmedAt,
          s.confirmationReason,
          s.version);
    }
  }
}
