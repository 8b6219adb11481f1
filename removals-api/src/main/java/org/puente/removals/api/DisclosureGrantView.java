package org.puente.removals.api;

import java.time.Instant;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** A disclosure grant as shown. */
public record DisclosureGrantView(
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
    implements Identified {}
