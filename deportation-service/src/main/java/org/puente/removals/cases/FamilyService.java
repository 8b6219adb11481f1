package org.puente.removals.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.request.RequestIds;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.SeparationRequest;
import org.puente.removals.api.SeparationView;

/**
 * Family unity: linked family members are removed together unless a supervisor decides, with a
 * reason, that one may go without the other (audited, and on the case's timeline).
 */
@ApplicationScoped
public class FamilyService {

  private final FamilySeparationRepository separations;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final FamilyLinks family;
  private final Idempotency idempotency;

  FamilyService(
      FamilySeparationRepository separations,
      CaseAccess access,
      CaseTimeline timeline,
      FamilyLinks family,
      Idempotency idempotency) {
    this.separations = separations;
    this.access = access;
    this.timeline = timeline;
    this.family = family;
    this.idempotency = idempotency;
  }

  public Page<SeparationView> separations(Caller caller, long caseId, PageRequest page) {
    access.read(caller, caseId, "family-separations");
    return Page.of(separations.page(caseId, page), page, s -> s.id, FamilySeparation::toView);
  }

  @Transactional
  public Idempotency.Outcome<SeparationView> separate(
      Caller caller, long caseId, String key, SeparationRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/family-separations",
        body,
        SeparationView.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          long relative = body.relativeCaseId();
          if (!family.relativeIds(c).contains(relative)) {
            throw ProblemException.conflict(
                "Case " + relative + " is not linked to this case as family");
          }
          if (separations.separatedFrom(caseId).contains(relative)) {
            throw ProblemException.conflict(
                "A separation from case " + relative + " is already recorded");
          }
          FamilySeparation s = new FamilySeparation();
          s.caseId = caseId;
          s.relativeCaseId = relative;
          s.reason = body.reason().strip();
          s.decidedBy = caller.username();
          s.decidedAt = Instant.now();
          s.requestId = RequestIds.current();
          separations.persist(s);
          timeline.record(
              caller,
              caseId,
              CaseEventKind.FAMILY_SEPARATION_DECIDED,
              "Separation from case " + relative + " decided");
          return s.toView();
        });
  }
}
