package org.puente.training.certifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.training.api.CertificationCheckReason;
import org.puente.training.api.VettingStatus;
import org.puente.training.certifications.CertificationValidity.Held;
import org.puente.training.certifications.CertificationValidity.Verdict;

class CertificationValidityTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
  private static final LocalDate CLEARED_UNTIL = DAY.plusYears(1);

  private static Held held(long id, LocalDate issued, LocalDate expires, boolean revoked) {
    return new Held(id, issued, expires, revoked);
  }

  private static Verdict cleared(LocalDate day, List<Held> held) {
    return CertificationValidity.on(day, held, VettingStatus.CLEARED, CLEARED_UNTIL);
  }

  @Test
  void aStandingCertificationOfAClearedHolderCountsFromIssueThroughExpiry() {
    Held c = held(1, DAY, DAY.plusMonths(12), false);
    for (LocalDate d : List.of(DAY, DAY.plusMonths(6), DAY.plusMonths(12))) {
      Verdict v = cleared(d, List.of(c));
      assertTrue(v.certified(), d.toString());
      assertEquals(c, v.certification());
      assertNull(v.reason());
    }
    assertEquals(
        CertificationCheckReason.NOT_CERTIFIED, cleared(DAY.minusDays(1), List.of(c)).reason());
    assertEquals(
        CertificationCheckReason.NOT_CERTIFIED,
        cleared(DAY.plusMonths(12).plusDays(1), List.of(c)).reason());
    assertEquals(CertificationCheckReason.NOT_CERTIFIED, cleared(DAY, List.of()).reason());
  }

  @Test
  void theAnswerHoldsThroughTheEarlierOfCertificateExpiryAndClearanceEnd() {
    Held c = held(1, DAY, DAY.plusMonths(12), false);
    // The clearance ends first: the answer holds only until then, not to the certificate's expiry.
    LocalDate clearedUntil = DAY.plusDays(10);
    Verdict early = CertificationValidity.on(DAY, List.of(c), VettingStatus.CLEARED, clearedUntil);
    assertTrue(early.certified());
    assertEquals(clearedUntil, early.validThrough());
    // Asked on the clearance's last day, still that day.
    assertEquals(
        clearedUntil,
        CertificationValidity.on(clearedUntil, List.of(c), VettingStatus.CLEARED, clearedUntil)
            .validThrough());
    // The certificate expires first: its expiry.
    assertEquals(c.expiresOn(), cleared(DAY, List.of(c)).validThrough());
    // Both on the same day: that day.
    assertEquals(
        c.expiresOn(),
        CertificationValidity.on(DAY, List.of(c), VettingStatus.CLEARED, c.expiresOn())
            .validThrough());
    // No answer, no day.
    assertNull(
        CertificationValidity.on(DAY, List.of(c), VettingStatus.DENIED, clearedUntil)
            .validThrough());
    assertNull(cleared(DAY.minusDays(1), List.of(c)).validThrough());
  }

  @Test
  void theStandingCertificationLastingLongestIsTheOneReliedOn() {
    Held shorter = held(1, DAY.minusMonths(6), DAY.plusMonths(6), false);
    Held longer = held(2, DAY.minusMonths(1), DAY.plusMonths(11), false);
    Held revokedLongest = held(3, DAY.minusDays(1), DAY.plusMonths(23), true);
    Verdict v = cleared(DAY, List.of(shorter, revokedLongest, longer));
    assertEquals(longer, v.certification());
    assertEquals(longer.expiresOn(), v.validThrough());
  }

  @Test
  void aRevokedCertificationCountsOnNoDay() {
    Held revoked = held(1, DAY, DAY.plusMonths(12), true);
    for (LocalDate d : List.of(DAY, DAY.plusMonths(12))) {
      Verdict v = cleared(d, List.of(revoked));
      assertFalse(v.certified());
      assertNull(v.certification());
      assertEquals(CertificationCheckReason.REVOKED, v.reason());
    }
  }

  @Test
  void vettingNotClearedVoidsEveryCertification() {
    Held c = held(1, DAY, DAY.plusMonths(12), false);
    for (VettingStatus status : List.of(VettingStatus.PENDING, VettingStatus.DENIED)) {
      Verdict v = CertificationValidity.on(DAY, List.of(c), status, CLEARED_UNTIL);
      assertFalse(v.certified());
      assertEquals(CertificationCheckReason.VETTING_NOT_CLEARED, v.reason());
    }
    assertEquals(
        CertificationCheckReason.VETTING_NOT_CLEARED,
        CertificationValidity.on(DAY, List.of(c), null, CLEARED_UNTIL).reason());
  }

  @Test
  void aClearanceEndingBeforeTheDayVoidsTheCertificationOnThatDay() {
    Held c = held(1, DAY, DAY.plusMonths(12), false);
    LocalDate until = DAY.plusDays(10);
    assertTrue(
        CertificationValidity.on(until, List.of(c), VettingStatus.CLEARED, until).certified());
    assertEquals(
        CertificationCheckReason.VETTING_EXPIRED,
        CertificationValidity.on(until.plusDays(1), List.of(c), VettingStatus.CLEARED, until)
            .reason());
    // A clearance that names no end is not relied on.
    assertEquals(
        CertificationCheckReason.VETTING_EXPIRED,
        CertificationValidity.on(DAY, List.of(c), VettingStatus.CLEARED, null).reason());
  }

  @Test
  void theReasonNearestTheCertificateComesFirst() {
    Held revoked = held(1, DAY, DAY.plusMonths(12), true);
    assertEquals(
        CertificationCheckReason.NOT_CERTIFIED,
        CertificationValidity.on(DAY.minusDays(1), List.of(revoked), VettingStatus.DENIED, null)
            .reason());
    assertEquals(
        CertificationCheckReason.REVOKED,
        CertificationValidity.on(DAY, List.of(revoked), VettingStatus.DENIED, null).reason());
    Held standing = held(2, DAY, DAY.plusMonths(12), false);
    assertEquals(
        CertificationCheckReason.VETTING_NOT_CLEARED,
        CertificationValidity.on(DAY, List.of(revoked, standing), VettingStatus.PENDING, null)
            .reason());
  }
}
