package org.puente.removals.api;

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
    implements Identified {}
