package org.puente.removals.api;

import java.time.Instant;
import java.time.LocalDate;
import org.puente.common.http.Identified;

/** An appeal against a removal order as shown. */
public record AppealView(
    long id,
    LocalDate filedOn,
    String grounds,
    boolean suspensive,
    LocalDate deadline,
    String admittedOutOfTimeBy,
    String outOfTimeReason,
    AppealStatus status,
    LocalDate decidedOn,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    long version)
    implements Identified {}
