package org.puente.removals.api;

import java.time.Instant;
import java.time.LocalDate;
import org.puente.common.http.Identified;

/** A contact with a removed person after their return, as recorded. */
public record PostReturnContactView(
    long id,
    long caseId,
    LocalDate contactedOn,
    boolean reached,
    boolean concernsReported,
    String concerns,
    String recordedBy,
    Instant recordedAt,
    long version)
    implements Identified {}
