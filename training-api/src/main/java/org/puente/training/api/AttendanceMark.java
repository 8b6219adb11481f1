package org.puente.training.api;

/** How an officer attended a day; present and late count towards attendance. */
public enum AttendanceMark {
  PRESENT,
  ABSENT,
  LATE,
  EXCUSED;

  public boolean attended() {
    return this == PRESENT || this == LATE;
  }
}
