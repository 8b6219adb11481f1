package org.puente.training;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
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

  default Agency provider() {
    return Agency.fromCode(providerAgency())
        .orElseThrow(() -> new IllegalStateException("unknown provider agency"));
  }
}
