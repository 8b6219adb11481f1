package org.puente.removals.cases;

import java.time.Instant;

/** One entry of a case's history. */
public record CaseEventView(
    long id,
    CaseEvent.Kind kind,
    CaseStatus fromStatus,
    CaseStatus toStatus,
    String summary,
    String actor,
    String agency,
    String requestId,
    Instant at) {

  static CaseEventView of(CaseEvent e) {
    return new CaseEventView(
        e.id, e.kind, e.fromStatus, e.toStatus, e.summary, e.actor, e.agency, e.requestId, e.at);
  }
}
