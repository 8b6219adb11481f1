package org.puente.removals.api;

import java.time.Instant;
import org.puente.common.http.Identified;

/** A recorded family separation decision. Relatives are named by case id only. */
public record SeparationView(
    long id,
    long caseId,
    long relativeCaseId,
    String reason,
    String decidedBy,
    Instant decidedAt,
    long version)
    implements Identified {}
