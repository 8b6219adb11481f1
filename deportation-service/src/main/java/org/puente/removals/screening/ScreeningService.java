package org.puente.removals.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseEvent;
import org.puente.removals.cases.CaseStatus;
import org.puente.removals.cases.CaseTimeline;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.claims.ClaimStatus;
import org.puente.removals.claims.ProtectionClaim;
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

  ScreeningService(
      CaseAccess access,
      CaseTimeline timeline,
      CertificationClient certifications,
      jakarta.persistence.EntityManager em,
      Idempotency idempotency) {
    this.access = access;
    this.timeline = timeline;
    this.certifications = certifications;
    this.em = em;
    this.idempotency = idempotency;
  }

  public List<ScreeningApi.View> list(Caller caller, long caseId) {
    access.read(caller, caseId, "screenings");
    return em
        .createQuery("from Screening s where s.caseId = ?1 order by s.id", Screening.class)
        .setParameter(1, caseId)
        .getResultList()
        .stream()
        .map(ScreeningApi.View::of)
        .toList();
  }

  @Transactional
  public Idempotency.Outcome<ScreeningApi.View> record(
      Caller caller, long caseId, String key, ScreeningApi.Record body) {
    if (caller.officerId() == null) {
      throw ProblemException.forbidden(
          "Your account is not linked to an officer record (officer_id), so you cannot screen");
    }
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/screenings",
        body,
        ScreeningApi.View.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          if (c.status != CaseStatus.OPEN && c.status != CaseStatus.SCREENING) {
            throw ProblemException.conflict(
                "The case is " + c.status + "; screening is done while it is OPEN or SCREENING");
          }
          long certification =
              certifications.requireCertified(
                  caller.officerId(),
                  CertificationClient.Competency.PROTECTION_SCREENING,
                  LocalDate.now(ZoneOffset.UTC),
                  "the screening");
          if (c.status == CaseStatus.OPEN) {
            timeline.move(
                caller, c, CaseStatus.SCREENING, CaseEvent.Kind.TRANSITION, "Screening started");
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
          s.screenedAt = Instant.now();
          em.persist(s);
          timeline.record(caller, caseId, CaseEvent.Kind.SCREENED, "Screened: " + s.outcome);
          if (s.outcome.opensClaim()) {
            ProtectionClaim claim = new ProtectionClaim();
            claim.caseId = caseId;
            claim.filedOn = LocalDate.now(ZoneOffset.UTC);
            claim.grounds = "Expressed at screening " + s.id;
            claim.status = ClaimStatus.PENDING;
            em.persist(claim);
            timeline.move(
                caller,
                c,
                CaseStatus.PROTECTION_CLAIM_PENDING,
                CaseEvent.Kind.CLAIM_FILED,
                "Protection claim from screening: " + s.outcome);
          }
          return ScreeningApi.View.of(s);
        });
  }
}
