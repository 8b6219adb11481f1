package org.puente.removals.api;

import java.time.Instant;
import java.time.LocalDate;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/**
 * A complaint and where it stands. {@code acknowledgeBy} and {@code decideBy} are counted in
 * working days of the owning agency's calendar from {@code receivedOn}; {@code overdue} is true
 * while a deadline has passed (today, in the agency's time zone) and its step is not done.
 */
public record ComplaintView(
    long id,
    Agency owningAgency,
    Long caseId,
    Long operationId,
    String complainant,
    boolean onBehalf,
    String relationship,
    ComplaintChannel channel,
    ComplaintCategory category,
    LocalDate receivedOn,
    String summary,
    ComplaintStatus status,
    LocalDate acknowledgeBy,
    LocalDate decideBy,
    boolean overdue,
    LocalDate acknowledgedOn,
    LocalDate decidedOn,
    ComplaintOutcome outcome,
    String decision,
    String recordedBy,
    Agency recordedByAgency,
    Instant recordedAt,
    long version)
    implements Identified {}
