package org.puente.removals.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** What the operation endpoints take and give. */
public final class OperationApi {

  private OperationApi() {}

  /** A flight to plan. */
  public record Plan(
      @NotNull RemovalOperation.Kind kind,
      @NotNull
          @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
          @Schema(examples = "CO")
          String destinationCountry,
      @NotNull
          @Pattern(regexp = "[A-Z]{3}", message = "must be an IATA airport code")
          @Schema(examples = "BOG")
          String destinationAirport,
      @NotNull @Future Instant departureAt,
      @NotNull @Min(1) @Max(500) Integer seats,
      @Size(max = 10) List<@NotBlank @Size(max = 200) String> monitors,
      @Valid Money costEstimate,
      @Positive
          @Schema(
              description =
                  "The CHARTER_FLIGHTS or COMMERCIAL_TICKETS line to fund the cost from; funding-service"
                      + " is asked at once and the operation is FUNDING_PENDING until it answers")
          Long budgetLineId) {

    @AssertTrue(message = "a budget line needs a costEstimate to obligate")
    @Schema(hidden = true)
    boolean isBudgetLineId() {
      return budgetLineId == null || costEstimate != null;
    }
  }

  /** Asks funding-service again, e.g. after a refusal for lack of funds. */
  public record FundingRequest(@NotNull @Positive Long budgetLineId) {}

  /** The obligation in funding-service that pays for the operation. */
  public record Funding(@NotNull @Positive Long obligationId) {}

  /** An escort to add; checked against training-service. */
  public record Escort(@NotNull @Positive Long officerId) {}

  /** A case to seat; the gate runs first. */
  public record Seat(@NotNull @Positive Long caseId) {}

  /** Why a seat is given up. */
  public record Drop(@NotBlank @Size(max = 2000) String reason) {}

  /**
   * Freezing or departing re-runs the gate on every seat. By default any failure refuses the step
   * and lists every seat and reason; with {@code dropFailing} those seats are dropped, with their
   * reasons on record, and the step proceeds.
   */
  public record Recheck(Boolean dropFailing) {
    public boolean drop() {
      return Boolean.TRUE.equals(dropFailing);
    }
  }

  /**
   * Completing or cancelling, with a reason. Completing an operation funded through Puente needs
   * its actual cost, which is filed with funding-service as a payment request.
   */
  public record Close(
      @NotNull OperationStatus status,
      @NotBlank @Size(max = 1000) String reason,
      @Valid Money actualCost) {}

  /** An incident report. */
  public record Incident(
      @NotNull @PastOrPresent Instant occurredAt,
      @NotNull OperationIncident.Category category,
      @NotBlank @Size(max = 4000) String description) {}

  /** An operation with its seats taken and escorts. */
  public record View(
      long id,
      RemovalOperation.Kind kind,
      String destinationCountry,
      String destinationAirport,
      Instant departureAt,
      int seats,
      int seatsTaken,
      List<String> monitors,
      Money costEstimate,
      Long fundingObligationId,
      Long fundingLineId,
      Money actualCost,
      Long paymentRequestId,
      String fundingNote,
      OperationStatus status,
      String statusReason,
      List<Long> escortOfficerIds,
      long version)
      implements Identified {
    static View of(RemovalOperation o, int seatsTaken, List<Long> escorts) {
      return new View(
          o.id,
          o.kind,
          o.destinationCountry,
          o.destinationAirport,
          o.departureAt,
          o.seats,
          seatsTaken,
          List.copyOf(o.monitors),
          o.costAmount == null ? null : Money.of(o.costAmount, o.costCurrency),
          o.fundingObligationId,
          o.fundingLineId,
          o.actualCostAmount == null ? null : Money.of(o.actualCostAmount, o.actualCostCurrency),
          o.paymentRequestId,
          o.fundingNote,
          o.status,
          o.statusReason,
          List.copyOf(escorts),
          o.version);
    }
  }

  /** A seat on the manifest. */
  public record SeatView(
      long id,
      long operationId,
      long caseId,
      ManifestSeat.Status status,
      String addedBy,
      Instant addedAt,
      Instant droppedAt,
      String dropReason,
      long version,
      @Schema(
              description =
                  "Linked relatives (by case id) not seated on this flight and without a separation"
                      + " decision; the freeze is refused while any remain")
          List<Long> relativesNotSeated)
      implements Identified {
    static SeatView of(ManifestSeat s) {
      return of(s, List.of());
    }

    static SeatView of(ManifestSeat s, List<Long> relativesNotSeated) {
      return new SeatView(
          s.id,
          s.operationId,
          s.caseId,
          s.status,
          s.addedBy,
          s.addedAt,
          s.droppedAt,
          s.dropReason,
          s.version,
          List.copyOf(relativesNotSeated));
    }
  }

  /** An incident as recorded. */
  public record IncidentView(
      long id,
      long operationId,
      Instant occurredAt,
      OperationIncident.Category category,
      String description,
      String reportedBy,
      Instant reportedAt)
      implements Identified {
    static IncidentView of(OperationIncident i) {
      return new IncidentView(
          i.id, i.operationId, i.occurredAt, i.category, i.description, i.reportedBy, i.reportedAt);
    }

    @Override
    public long version() {
      return 0;
    }
  }
}
