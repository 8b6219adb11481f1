package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;

/** A new agreement; the donor is the caller's agency. */
public record AgreementRequest(
    @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, dot, dash, underscore")
        @Schema(examples = "PA-REMOVALS-2024")
        String reference,
    @NotBlank @Size(max = 200) @Schema(examples = "Removal flights from Panama") String title,
    @NotNull @Schema(examples = "PA-SNM") Agency recipientAgency,
    @NotBlank @Size(max = 60) @Schema(examples = "019-X-1143-000") String treasuryAccount,
    @NotNull @Valid Money ceiling,
    @NotNull @Schema(examples = "2024-07-01") LocalDate periodStart,
    @NotNull @Schema(examples = "2025-09-30") LocalDate periodEnd) {

  @AssertTrue(message = "must not be before periodStart")
  @Schema(hidden = true)
  boolean isPeriodEnd() {
    return periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart);
  }
}
