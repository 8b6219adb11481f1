package org.puente.training.enrollments;

import org.puente.training.api.EnrollmentStatus;

/** Where a new nomination goes: a free seat, or the end of the waiting list. */
public final class Seats {

  private Seats() {}

  public static EnrollmentStatus place(int seatsTaken, int capacity) {
    return seatsTaken < capacity ? EnrollmentStatus.NOMINATED : EnrollmentStatus.WAITLISTED;
  }
}
