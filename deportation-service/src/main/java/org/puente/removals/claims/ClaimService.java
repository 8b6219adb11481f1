package org.puente.removals.claims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.ClaimDecisionRequest;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.removals.api.ProtectionClaimView;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseTimeline;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.orders.OrderRepository;

/**
 * Protection claims. A claim can be filed at any point before removal, even after the person was
 * put on a manifest: the case moves to PROTECTION_CLAIM_PENDING and the gate keeps them off the
 * flight until the claim is decided.
 */
@ApplicationScoped
public class ClaimService {

  private final ClaimRepository claims;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final Idempotency idempotency;
  private final OrderRepository orders;
  private final LegalCalendar calendar;

  ClaimService(
      ClaimRepository claims,
      CaseAccess access,
      CaseTimeline timeline,
      Idempotency idempotency,
      OrderRepository orders,
      LegalCalendar calendar) {
    this.orders = orders;
    this.calendar = calendar;
    this.claims = claims;
    this.access = access;
    this.timeline = timeline;
    this.idempotency = idempotency;
  }

  public ProtectionClaimView get(Caller caller, long caseId) {
    CaseAccess.Readable readable = access.readable(caller, caseId);
    ProtectionClaimView claim =
        claims
            .latest(caseId)
            .map(ProtectionClaim::toView)
            .orElseThrow(() -> ProblemException.notFound("Protection claim"));
    access.logRead(caller, readable, "protection-claim");
    return claim;
  }

  @Transactional
  public Idempotency.Outcome<ProtectionClaimView> file(
      Caller caller, long caseId, String key, ProtectionClaimRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/protection-claim",
        body,
        ProtectionClaimView.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          if (claims.statuses(caseId).contains(ClaimStatus.PENDING)) {
            throw ProblemException.conflict("A protection claim is already pending for this case");
          }
          timeline.move(
              caller,
              c,
              CaseStatus.PROTECTION_CLAIM_PENDING,
              CaseEventKind.CLAIM_FILED,
              "Protection claim filed");
          ProtectionClaim claim = new ProtectionClaim();
          claim.caseId = caseId;
          claim.filedOn = body.filedOn();
          claim.grounds = body.grounds().strip();
          claim.status = ClaimStatus.PENDING;
          claims.persist(claim);
          return claim.toView();
        });
  }

  @Transactional
  public ProtectionClaimView decide(
      Caller caller, long caseId, String ifMatch, ClaimDecisionRequest body) {
    RemovalCase c = access.write(caller, caseId);
    ProtectionClaim claim =
        claims.latest(caseId).orElseThrow(() -> ProblemException.notFound("Protection claim"));
    Versions.checkIfMatch(ifMatch, claim.version);
    if (claim.status != ClaimStatus.PENDING) {
      throw ProblemException.conflict("The claim was already decided: " + claim.status);
    }
    if (orders.forCase(caseId).filter(o -> caller.username().equals(o.issuedBy)).isPresent()) {
      throw ProblemException.forbidden(
          "You issued the removal order; another supervisor must decide the protection claim");
    }
    claim.status = body.outcome();
    claim.decidedOn = calendar.today();
    claim.decidedAt = calendar.now();
    claim.decidedBy = caller.username();
    claim.decisionReason = body.reason().strip();
    timeline.move(
        caller,
        c,
        body.outcome() == ClaimStatus.GRANTED
            ? CaseStatus.PROTECTION_GRANTED
            : CaseStatus.PROTECTION_DENIED,
        CaseEventKind.CLAIM_DECIDED,
        "Protection " + body.outcome().name().toLowerCase() + ": " + body.reason().strip());
    claims.flush();
    return claim.toView();
  }
}
