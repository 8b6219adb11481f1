package org.puente.removals.api;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.puente.common.security.Agency;

/** A grant to a partner: one case, or all the owner's cases when {@code caseId} is absent. */
public record DisclosureGrantRequest(
    @NotNull Agency granteeAgency,
    @Positive Long caseId,
    @NotBlank @Size(max = 500) String legalBasis,
    @NotBlank @Size(max = 1000) String purpose,
    @NotNull @Future Instant expiresAt) {}
