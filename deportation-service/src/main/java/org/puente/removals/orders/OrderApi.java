package org.puente.removals.orders;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;

/** What the removal-order endpoints take and give. */
public final class OrderApi {

  private OrderApi() {}

  /** An order as issued and notified. */
  public record Issue(
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

  /** An appeal lodged against the order. */
  public record FileAppeal(
      @NotNull LocalDate filedOn,
      @NotBlank @Size(max = 4000) String grounds,
      @NotNull Boolean suspensive,
      @Size(max = 1000)
          @Schema(
              description =
                  "A supervisor admitting an appeal lodged after the deadline says why here")
          String outOfTimeReason) {}

  /** The decision on an appeal. */
  public record DecideAppeal(
      @NotNull Appeal.Status outcome, @NotBlank @Size(max = 2000) String reason) {
    @AssertTrue(message = "must be ALLOWED or DISMISSED")
    @Schema(hidden = true)
    boolean isOutcome() {
      return outcome != Appeal.Status.PENDING;
    }
  }

  /** Declares the order final: the case becomes ENFORCEABLE if nothing stands in the way. */
  public record Finality(@NotBlank @Size(max = 1000) String reason) {}

  /** An appeal as shown. */
  public record AppealView(
      long id,
      LocalDate filedOn,
      String grounds,
      boolean suspensive,
      LocalDate deadline,
      String admittedOutOfTimeBy,
      String outOfTimeReason,
      Appeal.Status status,
      LocalDate decidedOn,
      String decidedBy,
      Instant decidedAt,
      String decisionReason,
      long version)
      implements Identified {
    static AppealView of(Appeal a) {
      return new AppealView(
          a.id,
          a.filedOn,
          a.grounds,
          a.suspensive,
          a.deadline,
          a.admittedOutOfTimeBy,
          a.outOfTimeReason,
          a.status,
          a.decidedOn,
          a.decidedBy,
          a.decidedAt,
          a.decisionReason,
          a.version);
    }
  }

  /** The order with its appeals. */
  public record View(
      long id,
      long caseId,
      String legalBasis,
      LocalDate issuedOn,
      LocalDate notifiedOn,
      LocalDate appealDeadline,
      boolean appealSuspensive,
      String issuedBy,
      List<AppealView> appeals,
      long version)
      implements Identified {
    static View of(RemovalOrder o, List<Appeal> appeals) {
      return new View(
          o.id,
          o.caseId,
          o.legalBasis,
          o.issuedOn,
          o.notifiedOn,
          o.appealDeadline,
          o.appealSuspensive,
          o.issuedBy,
          appeals.stream().map(AppealView::of).toList(),
          o.version);
    }
  }
}
