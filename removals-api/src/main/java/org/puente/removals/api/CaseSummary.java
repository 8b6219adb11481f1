package org.puente.removals.api;

import java.time.LocalDate;
import org.puente.common.security.Agency;

/** A case as a list shows it. */
public record CaseSummary(
    long id,
    Agency owningAgency,
    CaseStatus status,
    String givenNames,
    String familyNames,
    String nationality,
    String sex,
    LocalDate encounteredOn,
    String encounterPlace,
    long version) {}
