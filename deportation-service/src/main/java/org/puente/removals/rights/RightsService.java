package org.puente.removals.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.RightsNoticeView;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseTimeline;
import org.puente.removals.cases.RemovalCase;

/** Notices of rights: recorded only in a language the person understands. */
@ApplicationScoped
public class RightsService {

  private final RightsRepository notices;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final Idempotency idempotency;
  private final LegalCalendar calendar;

  RightsService(
      RightsRepository notices,
      CaseAccess access,
      CaseTimeline timeline,
      Idempotency idempotency,
      LegalCalendar calendar) {
    this.notices = notices;
    this.access = access;
    this.timeline = timeline;
    this.idempotency = idempotency;
    this.calendar = calendar;
  }

  public List<RightsNoticeView> list(Caller caller, long caseId) {
    access.read(caller, caseId, "rights-notices");
    return notices.forCase(caseId).stream().map(RightsNotice::toView).toList();
  }

  @Transactional
  public Idempotency.Outcome<RightsNoticeView> record(
      Caller caller, long caseId, String key, RightsNoticeRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/rights-notices",
        body,
        RightsNoticeView.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          if (body.informedOn().isAfter(calendar.today())) {
            throw ProblemException.invalid("informedOn", "must not be in the future");
          }
          if (body.informedOn().isBefore(c.encounteredOn)) {
            throw ProblemException.invalid("informedOn", "must not be before the encounter");
          }
          LanguageAccess.refusal(c.languages, body.language(), body.interpreter())
              .ifPresent(
                  why -> {
                    throw ProblemException.invalid("interpreter", why);
                  });
          RightsNotice n = new RightsNotice();
          n.caseId = caseId;
          n.rights = body.rights().stream().sorted().map(Right::name).toList();
          n.language = body.language();
          n.interpreter = blankToNull(body.interpreter());
          n.informedOn = body.informedOn();
          n.recordedBy = caller.username();
          n.recordedAt = calendar.now();
          notices.persist(n);
          timeline.record(
              caller, caseId, CaseEventKind.RIGHTS_NOTIFIED, "Told of rights: " + n.rights);
          return n.toView();
        });
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
