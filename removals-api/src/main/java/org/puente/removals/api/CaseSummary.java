package org.puente.removals.api;

import java.time.LocalDate;
import org.puente.common.security.Agency;

/**
 * A case as a list shows it.
 *
 * @param due the deadline the case is listed for, when the list asked for cases with one (a flag
 *     due, an appeal window closing): the earliest open flag's due date, else the removal order's
 *     appeal deadline; null otherwise
 */
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
    long version,
    LocalDate due) {}
