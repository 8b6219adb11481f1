package org.puente.training.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

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
        CertificationRevocation revocation,
    long version)
    implements Identified {}
