package org.puente.removals.cases;

import java.time.LocalDate;
import java.util.List;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** A case in full. Personal data: sent with Cache-Control: no-store. */
public record CaseView(
    long id,
    Agency owningAgency,
    CaseStatus status,
    String givenNames,
    String familyNames,
    LocalDate dateOfBirth,
    String nationality,
    String sex,
    List<String> languages,
    List<IdentityDocument> identityDocuments,
    String biometricReference,
    LocalDate encounteredOn,
    String encounterPlace,
    String encounteringUnit,
    List<FamilyLink> familyLinks,
    Boolean fitToFly,
    LocalDate fitnessAssessedOn,
    LocalDate bestInterestDecidedOn,
    LocalDate removedOn,
    long version)
    implements Identified {

  public static CaseView of(RemovalCase c) {
    return new CaseView(
        c.id,
        Agency.fromCode(c.owningAgency).orElseThrow(),
        c.status,
        c.givenNames,
        c.familyNames,
        c.dateOfBirth,
        c.nationality,
        c.sex,
        List.copyOf(c.languages),
        List.copyOf(c.identityDocuments),
        c.biometricReference,
        c.encounteredOn,
        c.encounterPlace,
        c.encounteringUnit,
        List.copyOf(c.familyLinks),
        c.fitToFly,
        c.fitnessAssessedOn,
        c.bestInterestDecidedOn,
        c.removedOn,
        c.version);
  }
}
