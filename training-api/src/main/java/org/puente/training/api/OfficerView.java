package org.puente.training.api;

import java.time.LocalDate;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** An officer with their vetting. Personal data: visible to their agency and the provider. */
public record OfficerView(
    long id,
    String givenName,
    String familyName,
    Agency agency,
    String badgeNumber,
    String rank,
    VettingStatus vettingStatus,
    LocalDate vettingExpiresOn,
    long version)
    implements Identified {}
