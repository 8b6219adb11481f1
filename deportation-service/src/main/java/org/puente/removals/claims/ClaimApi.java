package org.puente.removals.claims;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;

/** What the protection-claim endpoints take and give. */
public final class ClaimApi {

  private ClaimApi() {}

  /** A claim expressed or lodged. */
  public record File(
      @NotNull @PastOrPresent LocalDate filedOn, @NotBlank @Size(max = 4000) String grounds) {}

  /** The decision on a pending claim. */
  public record Decide(@NotNull ClaimStatus outcome, @NotBlank @Size(max = 2000) String reason) {
    @AssertTrue(message = "must be GRANTED or DENIED")
    @Schema(hidden = true)
    boolean isOutcome() {
      return outcome != ClaimStatus.PENDING;
    }
  }

  /** A claim and its decision. */
  public record View(
      long id,
      long caseId,
      LocalDate filedOn,
      String grounds,
      ClaimStatus status,
      LocalDate decidedOn,
      String decidedBy,
      Instant decidedAt,
      String decisionReason,
      long version)
      implements Identified {

    static View of(ProtectionClaim c) {
      return new View(
          c.id,
          c.caseId,
          c.filedOn,
          c.grounds,
          c.status,
          c.decidedOn,
          c.decidedBy,
          c.decidedAt,
          c.decisionReason,
          c.version);
    }
  }
}
