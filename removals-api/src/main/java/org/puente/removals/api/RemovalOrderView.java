package org.puente.removals.api;

import java.time.LocalDate;
import java.util.List;
import org.puente.common.http.Identified;

/** A removal order with its appeals. */
public record RemovalOrderView(
    long id,
    long caseId,
    String legalBasis,
    LocalDate issuedOn,
    LocalDate notifiedOn,
    LocalDate appealDeadline,
    boolean appealSuspensive,
    String issuedBy,
    List<AppealView> appeals,
    long version)
    implements Identified {}
