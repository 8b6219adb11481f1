package org.puente.removals.api;

import java.time.Instant;
import java.time.LocalDate;
import org.puente.common.http.Identified;

/** A protection claim and its decision. */
public record ProtectionClaimView(
    long id,
    long caseId,
    LocalDate filedOn,
    String grounds,
    ClaimStatus status,
    LocalDate decidedOn,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    long version)
    implements Identified {}
