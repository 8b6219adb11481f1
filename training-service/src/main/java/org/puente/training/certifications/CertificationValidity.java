package org.puente.training.certifications;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.puente.training.officers.VettingStatus;

/**
 * Whether an officer is certified in a competency on a day. A certification counts only while it
 * covers the day (issue through expiry), has not been revoked, and its holder's human-rights
 * vetting is {@code CLEARED} and not expired on that day: a certificate never outlives the vetting
 * it was earned under. A revocation counts on every day, before it too: what other services ask is
 * whether they may rely on the officer, and a revoked certificate is never to be relied on.
 */
public final class CertificationValidity {

  private CertificationValidity() {}

  /** Why the answer is no, as a code other services can act on. */
  public enum Reason {
    /** No certification in the competency covers the day (none issued, not yet, or expired). */
    NOT_CERTIFIED,
    /** Every certification that covers the day has been revoked. */
    REVOKED,
    /** The holder's vetting is PENDING or DENIED. */
    VETTING_NOT_CLEARED,
    /** The holder's clearance ended before the day. */
    VETTING_EXPIRED
  }

  /** A certification as the rule needs it. */
  public record Held(long id, LocalDate issuedOn, LocalDate expiresOn, boolean revoked) {
    boolean covers(LocalDate day) {
      return !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }
  }

  /**
   * The answer: the certification relied on (the one lasting longest), or the reason there is none.
   */
  public record Verdict(Held certification, Reason reason) {
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
      return new Verdict(null, Reason.NOT_CERTIFIED);
    }
    Optional<Held> live =
        covering.stream().filter(h -> !h.revoked()).max(Comparator.comparing(Held::expiresOn));
    if (live.isEmpty()) {
      return new Verdict(null, Reason.REVOKED);
    }
    if (vetting != VettingStatus.CLEARED) {
      return new Verdict(null, Reason.VETTING_NOT_CLEARED);
    }
    if (vettingExpiresOn == null || vettingExpiresOn.isBefore(day)) {
      return new Verdict(null, Reason.VETTING_EXPIRED);
    }
    return new Verdict(live.get(), null);
  }
}
