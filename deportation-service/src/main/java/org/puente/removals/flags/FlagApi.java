package org.puente.removals.flags;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.puente.common.http.Identified;

/** What the flag endpoints take and give. */
public final class FlagApi {

  private FlagApi() {}

  /** A flag to raise, with why and by when it must be looked at. */
  public record Raise(
      @NotNull FlagType type, @NotBlank @Size(max = 1000) String reason, LocalDate dueOn) {}

  /** How the flag was resolved; always required. */
  public record Resolve(@NotBlank @Size(max = 1000) String resolution) {}

  /** A flag and, once resolved, its resolution. */
  public record View(
      long id,
      long caseId,
      FlagType type,
      String reason,
      LocalDate dueOn,
      String raisedBy,
      Instant raisedAt,
      boolean open,
      String resolvedBy,
      Instant resolvedAt,
      String resolution,
      long version)
      implements Identified {

    static View of(CaseFlag f) {
      return new View(
          f.id,
          f.caseId,
          f.type,
          f.reason,
          f.dueOn,
          f.raisedBy,
          f.raisedAt,
          f.open(),
          f.resolvedBy,
          f.resolvedAt,
          f.resolution,
          f.version);
    }
  }
}
