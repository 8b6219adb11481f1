package org.puente.training.enrollments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionPolicyTest {

  private final CompletionPolicy policy = new CompletionPolicy(70, new BigDecimal("0.8"));

  @Test
  void passesAtTheThresholds() {
    CompletionPolicy.Assessment a = policy.assess(70, 4, 5);
    assertTrue(a.passed());
    assertEquals(new BigDecimal("0.8000"), a.attendanceRate());
  }

  @Test
  void failsJustBelowEitherThreshold() {
    assertFalse(policy.assess(69, 5, 5).passed());
    assertFalse(policy.assess(100, 3, 4).passed());
  }

  @Test
  void reportsEveryReason() {
    assertEquals(
        List.of(
            "Score 10 is below the passing score 70",
            "Attended 0 of 5 days; at least 80% is required"),
        policy.assess(10, 0, 5).reasons());
  }

  @Test
  void certificationExpiresAfterItsValidity() {
    assertEquals(
        LocalDate.of(2026, 8, 31), CompletionPolicy.expiresOn(LocalDate.of(2024, 8, 31), 24));
    assertEquals(
        LocalDate.of(2025, 2, 28), CompletionPolicy.expiresOn(LocalDate.of(2024, 8, 31), 6));
  }
}
