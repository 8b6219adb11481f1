package org.puente.removals.api;

import java.time.LocalDate;
import org.puente.common.http.Identified;

/** A travel-document request and its outcome. */
public record TravelDocumentView(
    long id,
    long caseId,
    TravelDocumentType type,
    String country,
    String number,
    TravelDocumentStatus status,
    LocalDate requestedOn,
    LocalDate issuedOn,
    LocalDate expiresOn,
    long version)
    implements Identified {}
