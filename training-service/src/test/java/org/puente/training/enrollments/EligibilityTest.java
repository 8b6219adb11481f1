package org.puente.training.enrollments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.training.api.Competency;
import org.puente.training.api.VettingStatus;

class EligibilityTest {

  private static final LocalDate END = LocalDate.of(2024, 9, 6);

  @Test
  void clearedThroughTheSessionWithPrerequisitesIsEligible() {
    assertTrue(
        Eligibility.refusals(
                VettingStatus.CLEARED,
                END,
                END,
                List.of(Competency.INTERVIEWING),
                Set.of(Competency.INTERVIEWING, Competency.BIOMETRICS))
            .isEmpty());
  }

  @Test
  void pendingOrDeniedVettingIsRefused() {
    for (VettingStatus status : List.of(VettingStatus.PENDING, VettingStatus.DENIED)) {
      assertEquals(
          List.of("Vetting is " + status + "; enrolment needs CLEARED vetting"),
          Eligibility.refusals(status, END.plusYears(1), END, List.of(), Set.of()));
    }
  }

  @Test
  void clearanceEndingBeforeTheSessionEndsIsRefused() {
    assertEquals(
        List.of("Vetting expires on 2024-09-05, before the session ends on 2024-09-06"),
        Eligibility.refusals(VettingStatus.CLEARED, END.minusDays(1), END, List.of(), Set.of()));
  }

  @Test
  void everyReasonIsReportedTogether() {
    assertEquals(
        List.of(
            "Vetting is PENDING; enrolment needs CLEARED vetting",
            "Prerequisite not held: a valid INTERVIEWING certification",
            "Prerequisite not held: a valid BIOMETRICS certification"),
        Eligibility.refusals(
            VettingStatus.PENDING,
            null,
            END,
            List.of(Competency.INTERVIEWING, Competency.BIOMETRICS),
            Set.of(Competency.REMOVAL_ESCORT)));
  }
}
