package org.puente.removals.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/** A removal flight to plan. */
public record OperationPlanRequest(
    @NotNull OperationKind kind,
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
    @Size(max = 10)
        @Schema(
            description =
                "Names of monitors or monitoring bodies, shown as written: for display only, they"
                    + " give no access. A monitor reads the operation once assigned by agency and"
                    + " user name (assignMonitor)")
        List<@NotBlank @Size(max = 200) String> monitors,
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
