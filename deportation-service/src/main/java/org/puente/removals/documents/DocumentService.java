package org.puente.removals.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.TravelDocumentRequest;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentUpdate;
import org.puente.removals.api.TravelDocumentView;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseTimeline;

@ApplicationScoped
public class DocumentService {

  private final DocumentRepository documents;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final Idempotency idempotency;
  private final LegalCalendar calendar;

  DocumentService(
      DocumentRepository documents,
      CaseAccess access,
      CaseTimeline timeline,
      Idempotency idempotency,
      LegalCalendar calendar) {
    this.calendar = calendar;
    this.documents = documents;
    this.access = access;
    this.timeline = timeline;
    this.idempotency = idempotency;
  }

  public Page<TravelDocumentView> list(Caller caller, long caseId, PageRequest page) {
    access.read(caller, caseId, "travel-documents");
    return Page.of(documents.page(caseId, page), page, d -> d.id, TravelDocument::toView);
  }

  @Transactional
  public Idempotency.Outcome<TravelDocumentView> request(
      Caller caller, long caseId, String key, TravelDocumentRequest body) {
    access.write(caller, caseId);
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/travel-documents",
        body,
        TravelDocumentView.class,
        () -> {
          TravelDocument d = new TravelDocument();
          d.caseId = caseId;
          d.type = body.type();
          d.country = body.country();
          d.status = TravelDocumentStatus.REQUESTED;
          d.requestedOn = calendar.today();
          documents.persist(d);
          timeline.record(
              caller,
              caseId,
              CaseEventKind.DOCUMENT_REQUESTED,
              d.type + " requested from " + d.country);
          return d.toView();
        });
  }

  @Transactional
  public TravelDocumentView update(
      Caller caller, long caseId, long documentId, String ifMatch, TravelDocumentUpdate body) {
    access.write(caller, caseId);
    TravelDocument d =
        documents
            .findByIdOptional(documentId)
            .filter(found -> found.caseId == caseId)
            .orElseThrow(() -> ProblemException.notFound("Travel document"));
    Versions.checkIfMatch(ifMatch, d.version);
    DocumentStatusMachine.refusal(d.status, body.status())
        .ifPresent(
            why -> {
              throw ProblemException.conflict(why);
            });
    d.status = body.status();
    if (body.status() == TravelDocumentStatus.ISSUED) {
      d.number = body.number();
      d.issuedOn = body.issuedOn();
      d.expiresOn = body.expiresOn();
    }
    timeline.record(
        caller,
        caseId,
        CaseEventKind.DOCUMENT_UPDATED,
        d.type + " " + d.status.name().toLowerCase());
    documents.flush();
    return d.toView();
  }
}
