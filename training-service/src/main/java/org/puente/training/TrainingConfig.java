package org.puente.training;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.puente.common.security.Agency;

/** Configuration of training-service ({@code puente.training.*}). */
@ConfigMapping(prefix = "puente.training")
public interface TrainingConfig {

  /** The agency that provides the training: it manages courses, sessions and certificates. */
  @WithDefault("US-DHS")
  String providerAgency();

  /** Lowest assessment score (0-100) that passes a course. */
  @WithDefault("70")
  int passingScore();

  /** Share of session days an officer must attend (present or late) to pass, 0 to 1. */
  @WithDefault("0.8")
  BigDecimal minimumAttendance();

  /**
   * The zone in which training's dates are counted (a day of attendance, a completion, a
   * certificate's issue and expiry, the check's "today"): that of the sessions and of the agency
   * whose screeners and escorts are checked, so a certificate issued this evening in Panama is
   * valid on Panama's today, not on tomorrow's UTC date.
   */
  @WithDefault("America/Panama")
  ZoneId zone();

  /** Today in {@link #zone()}. */
  default LocalDate today() {
    return LocalDate.now(zone());
  }

  default Agency provider() {
    return Agency.fromCode(providerAgency())
        .orElseThrow(() -> new IllegalStateException("unknown provider agency"));
  }
}
