package org.puente.removals.aftercare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.PostReturnContactRequest;
import org.puente.removals.api.PostReturnContactView;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.RemovalCase;

/**
 * Contact with people after their return, recorded by the owning agency on a REMOVED case: whether
 * they were reached and whether they reported concerns. Optional, and counted in the oversight
 * statistics.
 */
@ApplicationScoped
public class PostReturnContactService {

  private final PostReturnContactRepository contacts;
  private final CaseAccess access;
  private final LegalCalendar calendar;
  private final Idempotency idempotency;

  PostReturnContactService(
      PostReturnContactRepository contacts,
      CaseAccess access,
      LegalCalendar calendar,
      Idempotency idempotency) {
    this.contacts = contacts;
    this.access = access;
    this.calendar = calendar;
    this.idempotency = idempotency;
  }

  public Page<PostReturnContactView> list(Caller caller, long caseId, PageRequest page) {
    access.read(caller, caseId, "post-return contacts");
    return Page.of(contacts.page(caseId, page), page, c -> c.id, PostReturnContact::toView);
  }

  @Transactional
  public Idempotency.Outcome<PostReturnContactView> record(
      Caller caller, long caseId, String key, PostReturnContactRequest body) {
    RemovalCase c = access.write(caller, caseId);
    boolean hasConcerns = body.concerns() != null && !body.concerns().isBlank();
    if (body.concernsReported() && !body.reached()) {
      throw ProblemException.invalid(
          "concernsReported", "only a person who was reached can report concerns");
    }
    if (hasConcerns && !body.concernsReported()) {
      throw ProblemException.invalid("concerns", "are given only when concerns were reported");
    }
    if (body.contactedOn().isAfter(calendar.today())) {
      throw ProblemException.invalid("contactedOn", "must not be in the future");
    }
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/post-return-contacts",
        body,
        PostReturnContactView.class,
        () -> {
          if (c.status != CaseStatus.REMOVED) {
            throw ProblemException.conflict(
                "Post-return contact is recorded for a REMOVED person; the case is " + c.status);
          }
          if (c.removedOn != null && body.contactedOn().isBefore(c.removedOn)) {
            throw ProblemException.invalid("contactedOn", "must not be before the day of removal");
          }
          PostReturnContact p = new PostReturnContact();
          p.caseId = caseId;
          p.contactedOn = body.contactedOn();
          p.reached = body.reached();
          p.concernsReported = body.concernsReported();
          p.concerns = hasConcerns ? body.concerns().strip() : null;
          p.recordedBy = caller.username();
          p.recordedAt = calendar.now();
          contacts.persist(p);
          contacts.flush();
          return p.toView();
        });
  }
}
