package org.puente.training.officers;

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
    implements Identified {

  static OfficerView of(Officer o) {
    return new OfficerView(
        o.id,
        o.givenName,
        o.familyName,
        Agency.fromCode(o.agency).orElseThrow(),
        o.badgeNumber,
        o.rank,
        o.vettingStatus,
        o.vettingExpiresOn,
        o.version);
  }
}
