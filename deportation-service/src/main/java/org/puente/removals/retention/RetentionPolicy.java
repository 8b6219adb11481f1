package org.puente.removals.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.api.CaseStatus;

/**
 * Which cases have outlived their period: those in a final status whose last transition is older
 * than that status's period. Other statuses are never due, however old: an open case is still being
 * decided.
 */
public final class RetentionPolicy {

  private final Map<CaseStatus, Integer> years;

  public RetentionPolicy(Map<CaseStatus, Integer> years) {
    years.forEach(
        (status, n) -> {
          if (n == null || n < 1) {
            throw new IllegalArgumentException("retention period of " + status + " below a year");
          }
        });
    this.years = Map.copyOf(years);
  }

  public static RetentionPolicy of(RemovalsConfig.Retention config) {
    Map<CaseStatus, Integer> years = new EnumMap<>(CaseStatus.class);
    years.put(CaseStatus.CLOSED, config.closedYears());
    years.put(CaseStatus.RELEASED, config.releasedYears());
    years.put(CaseStatus.REMOVED, config.removedYears());
    years.put(CaseStatus.PROTECTION_GRANTED, config.protectionGrantedYears());
    return new RetentionPolicy(years);
  }

  /**
   * For each status with a period, the moment before which a last transition makes the case due at
   * {@code now}. Years are counted on the UTC calendar.
   */
  public Map<CaseStatus, Instant> cutoffs(Instant now) {
    Map<CaseStatus, Instant> cutoffs = new EnumMap<>(CaseStatus.class);
    years.forEach(
        (status, n) -> cutoffs.put(status, now.atOffset(ZoneOffset.UTC).minusYears(n).toInstant()));
    return cutoffs;
  }

  /**
   * Whether a case in {@code status} last moved at {@code lastTransition} is due at {@code now}.
   */
  public boolean due(CaseStatus status, Instant lastTransition, Instant now) {
    Instant cutoff = cutoffs(now).get(status);
    return cutoff != null && lastTransition.isBefore(cutoff);
  }
}
