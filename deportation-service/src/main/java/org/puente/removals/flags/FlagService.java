package org.puente.removals.flags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagResolution;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.FlagView;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseTimeline;
import org.puente.removals.cases.RemovalCase;

@ApplicationScoped
public class FlagService {

  private final FlagRepository flags;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final Idempotency idempotency;

  FlagService(
      FlagRepository flags, CaseAccess access, CaseTimeline timeline, Idempotency idempotency) {
    this.flags = flags;
    this.access = access;
    this.timeline = timeline;
    this.idempotency = idempotency;
  }

  public Page<FlagView> list(Caller caller, long caseId, PageRequest page) {
    access.read(caller, caseId, "flags");
    return Page.of(flags.page(caseId, page), page, f -> f.id, CaseFlag::toView);
  }

  @Transactional
  public Idempotency.Outcome<FlagView> raise(
      Caller caller, long caseId, String key, FlagRequest body) {
    access.write(caller, caseId);
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/flags",
        body,
        FlagView.class,
        () -> {
          CaseFlag f = new CaseFlag();
          f.caseId = caseId;
          f.type = body.type();
          f.reason = body.reason().strip();
          f.dueOn = body.dueOn();
          f.raisedBy = caller.username();
          f.raisedAt = Instant.now();
          flags.persist(f);
          timeline.record(caller, caseId, CaseEventKind.FLAG_RAISED, "Flag raised: " + f.type);
          return f.toView();
        });
  }

  /**
   * Only a supervisor resolves a flag; an unaccompanied minor's needs a best-interest
   * determination.
   */
  @Transactional
  public FlagView resolve(
      Caller caller, long caseId, long flagId, String ifMatch, FlagResolution body) {
    RemovalCase c = access.write(caller, caseId);
    CaseFlag f =
        flags
            .findByIdOptional(flagId)
            .filter(found -> found.caseId == caseId)
            .orElseThrow(() -> ProblemException.notFound("Flag"));
    Versions.checkIfMatch(ifMatch, f.version);
    if (!f.open()) {
      throw ProblemException.conflict("The flag is already resolved");
    }
    if (f.type == FlagType.UNACCOMPANIED_MINOR && c.bestInterestDecidedOn == null) {
      throw ProblemException.conflict(
          "An unaccompanied minor's flag is resolved only after a best-interest determination is recorded");
    }
    f.resolution = body.resolution().strip();
    f.resolvedBy = caller.username();
    f.resolvedAt = Instant.now();
    timeline.record(caller, caseId, CaseEventKind.FLAG_RESOLVED, "Flag resolved: " + f.type);
    flags.flush();
    return f.toView();
  }
}
