package org.puente.training.certifications;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.puente.training.api.CertificationCheckReason;
import org.puente.training.api.VettingStatus;

/**
 * Whether an officer is certified in a competency on a day. A certification counts only while it
 * covers the day (issue through expiry), has not been revoked, and its holder's human-rights
 * vetting is {@code CLEARED} and not expired on that day: a certificate never outlives the vetting
 * it was earned under. A revocation counts on every day, before it too: what other services ask is
 * whether they may rely on the officer, and a revoked certificate is never to be relied on.
 */
public final class CertificationValidity {

  private CertificationValidity() {}

  /** A certification as the rule needs it. */
  public record Held(long id, LocalDate issuedOn, LocalDate expiresOn, boolean revoked) {
    boolean covers(LocalDate day) {
      return !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }
  }

  /**
   * The answer: the certification relied on (the one lasting longest) and the last day the answer
   * holds, or the reason there is none. {@code validThrough} is the earlier of the certificate's
   * expiry and the end of its holder's clearance: a caller that keeps the answer until then must
   * not keep it past the clearance.
   */
  public record Verdict(
      Held certification, LocalDate validThrough, CertificationCheckReason reason) {

    static Verdict no(CertificationCheckReason reason) {
      return new Verdict(null, null, reason);
    }

    public boolean certified() {
      return certification != null;
    }
  }

  /**
   * Decides on the officer's certifications in one competency. When several reasons apply, the one
   * nearest the certificate is given: none held, then revoked, then vetting.
   */
  public static Verdict on(
      LocalDate day, List<Held> held, VettingStatus vetting, LocalDate vettingExpiresOn) {
    List<Held> covering = held.stream().filter(h -> h.covers(day)).toList();
    if (covering.isEmpty()) {
      return Verdict.no(CertificationCheckReason.NOT_CERTIFIED);
    }
    Optional<Held> live =
        covering.stream().filter(h -> !h.revoked()).max(Comparator.comparing(Held::expiresOn));
    if (live.isEmpty()) {
      return Verdict.no(CertificationCheckReason.REVOKED);
    }
    if (vetting != VettingStatus.CLEARED) {
      return Verdict.no(CertificationCheckReason.VETTING_NOT_CLEARED);
    }
    if (vettingExpiresOn == null || vettingExpiresOn.isBefore(day)) {
      return Verdict.no(CertificationCheckReason.VETTING_EXPIRED);
    }
    Held relied = live.get();
    LocalDate through =
        vettingExpiresOn.isBefore(relied.expiresOn()) ? vettingExpiresOn : relied.expiresOn();
    return new Verdict(relied, through, null);
  }
}
