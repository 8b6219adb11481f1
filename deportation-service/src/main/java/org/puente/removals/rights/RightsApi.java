package org.puente.removals.rights;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;

/** What the rights-notice endpoints take and give. */
public final class RightsApi {

  private RightsApi() {}

  /** The rights explained to the person, in which language and through which interpreter. */
  public record Notice(
      @NotEmpty @Schema(description = "Every right explained") Set<@NotNull Right> rights,
      @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String language,
      @Size(max = 200)
          @Schema(description = "Required when the language is not one of the person's")
          String interpreter,
      @NotNull LocalDate informedOn) {}

  /** A notice as recorded. */
  public record View(
      long id,
      long caseId,
      List<Right> rights,
      String language,
      String interpreter,
      LocalDate informedOn,
      String recordedBy,
      Instant recordedAt,
      long version)
      implements Identified {
    static View of(RightsNotice n) {
      return new View(
          n.id,
          n.caseId,
          n.rights.stream().map(Right::valueOf).sorted().toList(),
          n.language,
          n.interpreter,
          n.informedOn,
          n.recordedBy,
          n.recordedAt,
          n.version);
    }
  }
}
