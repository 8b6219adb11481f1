package org.puente.removals.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.security.Agency;

/**
 * A read of a case's personal data by a user of the agency that owns it: who, when, which case,
 * which part of it ({@code what}, e.g. "case", "list", "screenings"), under which request id.
 */
@Schema(
    description =
        "A read of a case's personal data by the owning agency's own staff or by a monitor named on"
            + " the flight")
public record CaseReadView(
    long id,
    long caseId,
    String reader,
    Agency readerAgency,
    String what,
    @Schema(nullable = true) String requestId,
    Instant readAt) {}
