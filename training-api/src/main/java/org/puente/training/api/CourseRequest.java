package org.puente.training.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course to create or the new state of one. */
public record CourseRequest(
    @NotBlank @Size(max = 200) @Schema(examples = "Protection screening interviews") String title,
    @NotNull Competency competency,
    @NotNull @Min(1) @Max(2000) @Schema(examples = "40") Integer hours,
    @NotNull @Pattern(regexp = "es|en", message = "must be es or en") @Schema(examples = "es")
        String language,
    @NotNull @Min(1) @Max(120) @Schema(examples = "24") Integer certificateValidityMonths,
    @Size(max = 5) List<@NotNull Competency> prerequisites) {

  public List<Competency> prerequisitesOrEmpty() {
    return prerequisites == null ? List.of() : prerequisites;
  }
}
