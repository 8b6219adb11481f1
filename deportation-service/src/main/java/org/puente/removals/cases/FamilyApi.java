package org.puente.removals.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;

/** What the family endpoints take and give. Relatives are named by case id only. */
public final class FamilyApi {

  private FamilyApi() {}

  /** A decision that the person may be removed without a linked relative, and why. */
  public record Separation(
      @NotNull
          @Positive
          @Schema(description = "The linked relative's case id (one of the case's family links)")
          Long relativeCaseId,
      @NotBlank @Size(max = 1000) String reason) {}

  /** A recorded separation decision. */
  public record SeparationView(
      long id,
      long caseId,
      long relativeCaseId,
      String reason,
      String decidedBy,
      Instant decidedAt,
      long version)
      implements Identified {
    static SeparationView of(FamilySeparation s) {
      return new SeparationView(
          s.id, s.caseId, s.relativeCaseId, s.reason, s.decidedBy, s.decidedAt, s.version);
    }
  }
}
