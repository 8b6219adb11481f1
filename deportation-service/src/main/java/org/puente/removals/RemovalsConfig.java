package org.puente.removals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.puente.common.security.Agency;

/** Configuration of deportation-service ({@code puente.removals.*}). */
@ConfigMapping(prefix = "puente.removals")
public interface RemovalsConfig {

  /** The agency whose cases this deployment keeps; statistics default to it. */
  @WithDefault("PA-SNM")
  String homeAgency();

  /**
   * ISO country codes, other than the person's own, that accept returns under a readmission
   * arrangement; a destination must be one of these or the person's nationality.
   */
  Optional<Set<String>> readmissionCountries();

  /**
   * The home agency's time zone, in which legal dates (appeal deadlines, "today" in the gate,
   * expiry on the day of departure) are decided.
   */
  @WithDefault("America/Panama")
  ZoneId zone();

  /**
   * Public holidays of the home agency, on which no working day is counted (complaint deadlines);
   * Saturdays and Sundays never count.
   */
  Optional<Set<LocalDate>> holidays();

  /** Complaint handling. */
  Complaints complaints();

  /** Deadlines of complaints, in working days of the home agency's calendar from receipt. */
  interface Complaints {

    /** Working days within which a complaint is acknowledged. */
    @WithDefault("5")
    int acknowledgeWorkingDays();

    /** Working days within which a complaint is decided. */
    @WithDefault("30")
    int decideWorkingDays();
  }

  /** The retention policy: how long closed cases keep their personal data. */
  Retention retention();

  /**
   * Years after their last transition that cases in a final status keep their personal data; after
   * that the retention run pseudonymises them ({@code puente.removals.retention.*}).
   */
  interface Retention {

    /** Cases CLOSED (administratively, e.g. left the country on their own). */
    @WithDefault("5")
    int closedYears();

    /** Cases RELEASED. */
    @WithDefault("5")
    int releasedYears();

    /** Cases REMOVED: kept longer, a re-entry is judged against the removal. */
    @WithDefault("10")
    int removedYears();

    /** Cases PROTECTION_GRANTED. */
    @WithDefault("10")
    int protectionGrantedYears();

    /** When the daily run starts (Quartz cron, UTC), or {@code off}; read by the scheduler. */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /** Cases pseudonymised per transaction. */
    @WithDefault("100")
    int batch();
  }

  default Agency home() {
    return Agency.fromCode(homeAgency())
        .orElseThrow(() -> new IllegalStateException("home agency"));
  }

  default Set<String> readmission() {
    return readmissionCountries().orElse(Set.of());
  }
}
