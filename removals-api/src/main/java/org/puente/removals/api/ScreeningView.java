package org.puente.removals.api;

import java.time.Instant;
import org.puente.common.http.Identified;

/** A screening interview as shown. */
public record ScreeningView(
    long id,
    long caseId,
    String screener,
    long screenerOfficerId,
    long certificationId,
    String language,
    String interpreter,
    boolean claimExpressed,
    ScreeningOutcome outcome,
    String notes,
    Instant screenedAt,
    boolean needsConfirmation,
    String confirmedBy,
    Instant confirmedAt,
    String confirmationReason,
    long version)
    implements Identified {}
