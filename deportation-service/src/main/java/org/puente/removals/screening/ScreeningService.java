package org.puente.removals.screening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.ScreeningConfirmation;
import org.puente.removals.api.ScreeningRequest;
import org.puente.removals.api.ScreeningView;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseTimeline;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.claims.ProtectionClaim;
import org.puente.removals.rights.LanguageAccess;
import org.puente.removals.training.CertificationClient;

/**
 * Protection screening. The screener is the caller, who must hold a valid PROTECTION_SCREENING
 * certification on the day; training-service is asked before anything is written, and when it
 * cannot answer nothing is recorded (fail closed).
 */
@ApplicationScoped
public class ScreeningService {

  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final CertificationClient certifications;
  private final jakarta.persistence.EntityManager em;
  private final Idempotency idempotency;
  private final LegalCalendar calendar;

  ScreeningService(
      CaseAccess access,
      CaseTimeline timeline,
      CertificationClient certifications,
      jakarta.persistence.EntityManager em,
      Idempotency idempotency,
      LegalCalendar calendar) {
    this.calendar = calendar;
    this.access = access;
    this.timeline = timeline;
    this.certifications = certifications;
    this.em = em;
    this.idempotency = idempotency;
  }

  public List<ScreeningView> list(Caller caller, long caseId) {
    access.read(caller, caseId, "screenings");
    return em
        .createQuery("from Screening s where s.caseId = ?1 order by s.id", Screening.class)
        .setParameter(1, caseId)
        .getResultList()
        .stream()
        .map(Screening::toView)
        .toList();
  }

  /**
   * Records a screening. training-service is asked first, outside any transaction, so no database
   * connection waits on another service; the case is then read and written in one transaction.
   */
  public Idempotency.Outcome<ScreeningView> record(
      Caller caller, long caseId, String key, ScreeningRequest body) {
    if (caller.officerId() == null) {
      throw ProblemException.forbidden(
          "Your account is not linked to an officer record (officer_id), so you cannot screen");
    }
    long certification =
        certifications.requireCertified(
            caller.officerId(),
            CertificationClient.Competency.PROTECTION_SCREENING,
            calendar.today(),
            "the screening");
    return QuarkusTransaction.requiringNew()
        .call(() -> recordCertified(caller, caseId, key, body, certification));
  }

  private Idempotency.Outcome<ScreeningView> recordCertified(
      Caller caller, long caseId, String key, ScreeningRequest body, long certification) {
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/screenings",
        body,
        ScreeningView.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          if (c.status != CaseStatus.OPEN && c.status != CaseStatus.SCREENING) {
            throw ProblemException.conflict(
                "The case is " + c.status + "; screening is done while it is OPEN or SCREENING");
          }
          LanguageAccess.refusal(c.languages, body.language(), body.interpreter())
              .ifPresent(
                  why -> {
                    throw ProblemException.invalid("interpreter", why);
                  });
          if (c.status == CaseStatus.OPEN) {
            timeline.move(
                caller, c, CaseStatus.SCREENING, CaseEventKind.TRANSITION, "Screening started");
          }
          Screening s = new Screening();
          s.caseId = caseId;
          s.screener = caller.username();
          s.screenerOfficerId = caller.officerId();
          s.certificationId = certification;
          s.language = body.language();
          s.interpreter = body.interpreter();
          s.claimExpressed = body.claimExpressed();
          s.outcome = body.outcome();
          s.notes = body.notes();
          s.screenedAt = calendar.now();
          em.persist(s);
          timeline.record(caller, caseId, CaseEventKind.SCREENED, "Screened: " + s.outcome);
          if (s.outcome.opensClaim()) {
            ProtectionClaim claim = new ProtectionClaim();
            claim.caseId = caseId;
            claim.filedOn = calendar.today();
            claim.grounds = "Expressed at screening " + s.id;
            claim.status = ClaimStatus.PENDING;
            em.persist(claim);
            timeline.move(
                caller,
                c,
                CaseStatus.PROTECTION_CLAIM_PENDING,
                CaseEventKind.CLAIM_FILED,
                "Protection claim from screening: " + s.outcome);
          }
          return s.toView();
        });
  }

  /**
   * A negative screening confirmed by a supervisor other than the screener: the second pair of eyes
   * a removal order waits for.
   */
  @Transactional
  public ScreeningView confirm(
      Caller caller, long caseId, long screeningId, String ifMatch, ScreeningConfirmation body) {
    access.write(caller, caseId);
    Screening s = em.find(Screening.class, screeningId);
    if (s == null || s.caseId != caseId) {
      throw ProblemException.notFound("Screening");
    }
    Versions.checkIfMatch(ifMatch, s.version);
    if (!s.needsConfirmation()) {
      throw ProblemException.conflict(
          "Only a negative screening is confirmed; this one is " + s.outcome);
    }
    if (s.confirmedBy != null) {
      throw ProblemException.conflict("The screening was already confirmed by " + s.confirmedBy);
    }
    if (caller.username().equals(s.screener)) {
      throw ProblemException.forbidden(
          "The screener cannot confirm their own screening; a second supervisor must");
    }
    s.confirmedBy = caller.username();
    s.confirmedAt = calendar.now();
    s.confirmationReason = body.reason().strip();
    timeline.record(
        caller, caseId, CaseEventKind.SCREENING_CONFIRMED, "Negative screening confirmed");
    em.flush();
    return s.toView();
  }
}
