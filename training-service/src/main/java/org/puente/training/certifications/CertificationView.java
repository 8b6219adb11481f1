package org.puente.training.certifications;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;
import org.puente.training.courses.Competency;

/** A certification as the API shows it; {@code revocation} is null while it stands. */
public record CertificationView(
    long id,
    long officerId,
    Agency agency,
    Competency competency,
    LocalDate issuedOn,
    LocalDate expiresOn,
    long enrollmentId,
    @Schema(
            description =
                "Who revoked it, when and why; null while it stands. A revoked certification"
                    + " counts for nothing: not in the check, prerequisites or reports")
        Revocation revocation,
    long version)
    implements Identified {

  /** Who revoked it, when and why. */
  public record Revocation(Instant revokedAt, String revokedBy, String reason) {}

  public static CertificationView of(Certification c) {
    return new CertificationView(
        c.id,
        c.officerId,
        Agency.fromCode(c.agency).orElseThrow(),
        c.competency,
        c.issuedOn,
        c.expiresOn,
        c.enrollmentId,
        c.revoked() ? new Revocation(c.revokedAt, c.revokedBy, c.revocationReason) : null,
        c.version);
  }
}
