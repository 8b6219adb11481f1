package org.puente.removals.disclosures;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** What the disclosure endpoints take and give. */
public final class DisclosureApi {

  private DisclosureApi() {}

  /** A grant to a partner: one case, or all the owner's cases when {@code caseId} is absent. */
  public record Grant(
      @NotNull Agency granteeAgency,
      @Positive Long caseId,
      @NotBlank @Size(max = 500) String legalBasis,
      @NotBlank @Size(max = 1000) String purpose,
      @NotNull @Future Instant expiresAt) {}

  /** A grant as shown. */
  public record View(
      long id,
      Agency ownerAgency,
      Agency granteeAgency,
      Long caseId,
      String legalBasis,
      String purpose,
      Instant expiresAt,
      String grantedBy,
      Instant grantedAt,
      Instant revokedAt,
      boolean active,
      long version)
      implements Identified {
    static View of(DisclosureGrant g) {
      return new View(
          g.id,
          Agency.fromCode(g.ownerAgency).orElseThrow(),
          Agency.fromCode(g.granteeAgency).orElseThrow(),
          g.caseId,
          g.legalBasis,
          g.purpose,
          g.expiresAt,
          g.grantedBy,
          g.grantedAt,
          g.revokedAt,
          g.activeAt(Instant.now()),
          g.version);
    }
  }

  /** A logged partner read. */
  public record LogView(
      long id,
      long grantId,
      long caseId,
      String reader,
      Agency readerAgency,
      String legalBasis,
      String what,
      String requestId,
      Instant readAt) {
    static LogView of(DisclosureLogEntry e) {
      return new LogView(
          e.id,
          e.grantId,
          e.caseId,
          e.reader,
          Agency.fromCode(e.readerAgency).orElseThrow(),
          e.legalBasis,
          e.what,
          e.requestId,
          e.readAt);
    }
  }
}
