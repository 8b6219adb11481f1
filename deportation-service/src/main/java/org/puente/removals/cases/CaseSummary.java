package org.puente.removals.cases;

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
    long version) {

  static CaseSummary of(RemovalCase c) {
    return new CaseSummary(
        c.id,
        Agency.fromCode(c.owningAgency).orElseThrow(),
        c.status,
        c.givenNames,
        c.familyNames,
        c.nationality,
        c.sex,
        c.encounteredOn,
        c.encounterPlace,
        c.version);
  }
}
