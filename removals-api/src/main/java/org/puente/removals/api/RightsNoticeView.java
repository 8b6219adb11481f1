package org.puente.removals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.puente.common.http.Identified;

/** A notice of rights as recorded. */
public record RightsNoticeView(
    long id,
    long caseId,
    List<Right> rights,
    String language,
    String interpreter,
    LocalDate informedOn,
    String recordedBy,
    Instant recordedAt,
    long version)
    implements Identified {}
