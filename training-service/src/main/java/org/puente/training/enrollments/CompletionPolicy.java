package org.puente.training.enrollments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a result passes: a score of at least {@code passingScore} and attendance (days present or
 * late over the session's days) of at least {@code minimumAttendance}.
 */
public final class CompletionPolicy {

  private final int passingScore;
  private final BigDecimal minimumAttendance;

  public CompletionPolicy(int passingScore, BigDecimal minimumAttendance) {
    this.passingScore = passingScore;
    this.minimumAttendance = minimumAttendance;
  }

  /** The verdict with the attendance rate and, when failed, every reason. */
  public record Assessment(boolean passed, BigDecimal attendanceRate, List<String> reasons) {}

  public Assessment assess(int score, long daysAttended, long sessionDays) {
    BigDecimal rate =
        sessionDays <= 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(daysAttended)
                .divide(BigDecimal.valueOf(sessionDays), 4, RoundingMode.HALF_EVEN);
    List<String> reasons = new ArrayList<>();
    if (score < passingScore) {
      reasons.add("Score " + score + " is below the passing score " + passingScore);
    }
    if (rate.compareTo(minimumAttendance) < 0) {
      reasons.add(
          "Attended "
              + daysAttended
              + " of "
              + sessionDays
              + " days; at least "
              + minimumAttendance.movePointRight(2).stripTrailingZeros().toPlainString()
              + "% is required");
    }
    return new Assessment(reasons.isEmpty(), rate, reasons);
  }

  /** The last day a certification issued on {@code issuedOn} is valid. */
  public static LocalDate expiresOn(LocalDate issuedOn, int validityMonths) {
    return issuedOn.plusMonths(validityMonths);
  }
}
