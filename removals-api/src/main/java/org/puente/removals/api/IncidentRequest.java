package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An incident report for a removal operation. */
public record IncidentRequest(
    @NotNull @PastOrPresent Instant occurredAt,
    @NotNull IncidentCategory category,
    @NotBlank @Size(max = 4000) String description,
    @Schema(description = "How grave; may be set or changed at follow-up")
        IncidentSeverity severity,
    @Size(max = 100)
        @Schema(description = "The people involved, by case id; each must be on the manifest")
        List<@NotNull @Positive Long> involvedCaseIds) {

  /** An incident without severity or people named (the fields added later are optional). */
  public IncidentRequest(Instant occurredAt, IncidentCategory category, String description) {
    this(occurredAt, category, description, null, null);
  }
}
