package org.puente.removals.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.request.RequestIds;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.CaseStatus;

/**
 * Moves cases through their lawful states and writes every act to the case's timeline, with actor,
 * agency, time, request id and reason.
 */
@ApplicationScoped
public class CaseTimeline implements PanacheRepository<CaseEvent> {

  /** When an act happened: the retention period of a case counts from its last transition. */
  @Inject Clock clock;

  /** Moves the case or answers 409 with the reason the move is unlawful. */
  public void move(Caller caller, RemovalCase c, CaseStatus to, CaseEventKind kind, String reason) {
    CaseStateMachine.refusal(c.status, to)
        .ifPresent(
            why -> {
              throw ProblemException.conflict(why);
            });
    CaseStatus from = c.status;
    c.status = to;
    write(caller, c.id, kind, from, to, reason);
  }

  public void record(Caller caller, long caseId, CaseEventKind kind, String summary) {
    write(caller, caseId, kind, null, null, summary);
  }

  /** Records an act of the system itself (e.g. a flight completed), with the caller if any. */
  private void write(
      Caller caller,
      long caseId,
      CaseEventKind kind,
      CaseStatus from,
      CaseStatus to,
      String summary) {
    CaseEvent e = new CaseEvent();
    e.caseId = caseId;
    e.kind = kind;
    e.fromStatus = from;
    e.toStatus = to;
    e.summary = summary == null || summary.isBlank() ? kind.name() : summary.strip();
    e.actor = caller == null ? "system" : caller.username();
    e.agency = caller == null ? null : caller.agency().code();
    e.requestId = RequestIds.current();
    e.at = clock.instant();
    persist(e);
  }

  public List<CaseEvent> page(long caseId, PageRequest page) {
    return find("caseId = ?1 and id > ?2 order by id", caseId, page.afterId())
        .page(0, page.fetchSize())
        .list();
  }
}
