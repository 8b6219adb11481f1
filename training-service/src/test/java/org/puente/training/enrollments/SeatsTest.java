package org.puente.training.enrollments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.puente.training.api.EnrollmentStatus;

class SeatsTest {

  @Test
  void aFreeSeatIsTakenOtherwiseTheOfficerWaits() {
    assertEquals(EnrollmentStatus.NOMINATED, Seats.place(0, 1));
    assertEquals(EnrollmentStatus.NOMINATED, Seats.place(4, 5));
    assertEquals(EnrollmentStatus.WAITLISTED, Seats.place(5, 5));
    assertEquals(EnrollmentStatus.WAITLISTED, Seats.place(6, 5));
  }

  @Test
  void whoHoldsASeat() {
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      boolean seated =
          s == EnrollmentStatus.NOMINATED
              || s == EnrollmentStatus.ENROLLED
              || s == EnrollmentStatus.PASSED
              || s == EnrollmentStatus.FAILED;
      assertEquals(seated, s.seated(), s.name());
    }
    assertTrue(EnrollmentStatus.WAITLISTED.pending());
    assertFalse(EnrollmentStatus.PASSED.pending());
  }
}
