package org.puente.training.enrollments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.puente.training.api.Competency;
import org.puente.training.api.VettingStatus;

/**
 * Whether an officer may be enrolled in a session. U.S.-funded training requires human-rights
 * vetting (Leahy law) that is {@code CLEARED} and holds until the session ends; a course may also
 * require competencies the officer must already be certified in. Returns every reason, not the
 * first.
 */
public final class Eligibility {

  private Eligibility() {}

  public static List<String> refusals(
      VettingStatus vetting,
      LocalDate vettingExpiresOn,
      LocalDate sessionEnd,
      Collection<Competency> required,
      Collection<Competency> held) {
    List<String> reasons = new ArrayList<>();
    if (vetting != VettingStatus.CLEARED) {
      reasons.add("Vetting is " + vetting + "; enrolment needs CLEARED vetting");
    } else if (vettingExpiresOn == null || vettingExpiresOn.isBefore(sessionEnd)) {
      reasons.add(
          "Vetting expires on " + vettingExpiresOn + ", before the session ends on " + sessionEnd);
    }
    for (Competency competency : required) {
      if (!held.contains(competency)) {
        reasons.add("Prerequisite not held: a valid " + competency + " certification");
      }
    }
    return reasons;
  }
}
