package org.puente.removals.cases;

import java.time.LocalDate;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.FlagType;

/** What a case list is narrowed by; every field is optional. */
public record CaseFilter(
    CaseStatus status,
    String nationality,
    FlagType openFlag,
    LocalDate encounteredFrom,
    LocalDate encounteredTo,
    String text) {

  public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null);
}
