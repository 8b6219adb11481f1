package org.puente.removals.api;

import java.util.List;
import org.puente.common.http.Identified;

/**
 * What care on the flight requires to know of one seated person: no screening notes, no documents,
 * no case history. {@code id} is the seat's.
 */
public record CareManifestEntry(
    long id,
    long caseId,
    String givenNames,
    String familyNames,
    Integer age,
    String sex,
    List<String> languages,
    List<FlagType> openFlags)
    implements Identified {

  @Override
  public long version() {
    return 0;
  }
}
