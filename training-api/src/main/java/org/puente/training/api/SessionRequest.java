package org.puente.training.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/** A session to schedule, or its new state. */
public record SessionRequest(
    @NotNull @Positive Long courseId,
    @NotBlank @Size(max = 200) @Schema(examples = "SNM training centre, Panama City")
        String location,
    @NotNull @Schema(examples = "2024-09-02") LocalDate startDate,
    @NotNull @Schema(examples = "2024-09-06") LocalDate endDate,
    @NotNull @Min(1) @Max(500) @Schema(examples = "24") Integer capacity,
    @Size(max = 20) List<@NotBlank @Size(max = 200) String> instructors,
    @NotNull @Valid Money cost,
    @Positive
        @Schema(
            description =
                "A TRAINING budget line to fund the cost from (when scheduling); funding-service is"
                    + " asked in the background and funding.status tells its answer")
        Long budgetLineId) {

  @AssertTrue(message = "must not be before startDate")
  @Schema(hidden = true)
  boolean isEndDate() {
    return startDate == null || endDate == null || !endDate.isBefore(startDate);
  }

  public List<String> instructorsOrEmpty() {
    return instructors == null ? List.of() : instructors;
  }
}
