package org.puente.removals.retention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.CaseStatus;

class RetentionPolicyTest {

  private final RetentionPolicy policy =
      new RetentionPolicy(Map.of(CaseStatus.CLOSED, 5, CaseStatus.REMOVED, 10));

  private static final Instant NOW = Instant.parse("2035-06-15T12:00:00Z");

  @Test
  void aFinalCaseIsDueOnlyAfterItsPeriod() {
    assertTrue(policy.due(CaseStatus.CLOSED, Instant.parse("2030-06-15T11:59:59Z"), NOW));
    assertFalse(policy.due(CaseStatus.CLOSED, Instant.parse("2030-06-15T12:00:00Z"), NOW));
    assertFalse(policy.due(CaseStatus.REMOVED, Instant.parse("2026-01-01T00:00:00Z"), NOW));
    assertTrue(policy.due(CaseStatus.REMOVED, Instant.parse("2025-06-15T11:00:00Z"), NOW));
  }

  @Test
  void casesStillBeingDecidedAreNeverDue() {
    for (CaseStatus s :
        new CaseStatus[] {CaseStatus.OPEN, CaseStatus.APPEAL_PENDING, CaseStatus.ENFORCEABLE}) {
      assertFalse(policy.due(s, Instant.parse("1990-01-01T00:00:00Z"), NOW));
    }
  }

  @Test
  void aPeriodUnderAYearIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new RetentionPolicy(Map.of(CaseStatus.CLOSED, 0)));
  }
}
