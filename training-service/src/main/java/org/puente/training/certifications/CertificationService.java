package org.puente.training.certifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.puente.common.concurrency.Versions;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.training.TrainingAccess;
import org.puente.training.api.CertificationCheck;
import org.puente.training.api.CertificationCheckReason;
import org.puente.training.api.CertificationRevocationRequest;
import org.puente.training.api.CertificationView;
import org.puente.training.api.Competency;
import org.puente.training.officers.Officer;
import org.puente.training.officers.OfficerRepository;

@ApplicationScoped
public class CertificationService {

  private final CertificationRepository certifications;
  private final OfficerRepository officers;
  private final TrainingAccess access;

  CertificationService(
      CertificationRepository certifications, OfficerRepository officers, TrainingAccess access) {
    this.certifications = certifications;
    this.officers = officers;
    this.access = access;
  }

  /** The check's answer and, when it is no, why. */
  public record Answer(CertificationCheck check, CertificationCheckReason reason) {}

  public Page<CertificationView> list(
      Caller caller,
      Long officerId,
      Competency competency,
      LocalDate expiringBefore,
      PageRequest page) {
    Agency scope = access.isProvider(caller) ? null : caller.agency();
    return Page.of(
        certifications.page(scope, officerId, competency, expiringBefore, page),
        page,
        c -> c.id,
        Certification::toView);
  }

  public CertificationView get(Caller caller, long id) {
    return visible(caller, id).toView();
  }

  /**
   * Whether the officer is certified on the day ({@link CertificationValidity}). An officer the
   * caller may not see is simply not certified, so the answer reveals nothing about other agencies'
   * staff, not even their vetting.
   */
  public Answer check(Caller caller, long officerId, Competency competency, LocalDate on) {
    List<Certification> covering =
        certifications.covering(officerId, competency, on).stream()
            .filter(c -> access.maySeeOfficerOf(caller, Agency.fromCode(c.agency).orElseThrow()))
            .toList();
    Officer officer = covering.isEmpty() ? null : officers.findById(officerId);
    CertificationValidity.Verdict verdict =
        CertificationValidity.on(
            on,
            covering.stream().map(Certification::held).toList(),
            officer == null ? null : officer.vettingStatus,
            officer == null ? null : officer.vettingExpiresOn);
    if (!verdict.certified()) {
      return new Answer(
          new CertificationCheck(officerId, competency, on, false, null, null), verdict.reason());
    }
    return new Answer(
        new CertificationCheck(
            officerId, competency, on, true, verdict.certification().id(), verdict.validThrough()),
        null);
  }

  /**
   * Revokes a certification for good: from now on it counts on no day. Only the provider's training
   * coordinator, who issues certifications, revokes them; who, when and why are kept with it.
   */
  @Transactional
  public CertificationView revoke(
      Caller caller, long id, String ifMatch, CertificationRevocationRequest body) {
    access.requireProviderCoordinator(caller);
    Certification certification = visible(caller, id);
    Versions.checkIfMatch(ifMatch, certification.version);
    if (certification.revoked()) {
      throw ProblemException.conflict(
          "Certification " + id + " was already revoked on " + certification.revokedAt);
    }
    certification.revokedAt = Instant.now();
    certification.revokedBy = caller.username();
    certification.revocationReason = body.reason().strip();
    certifications.flush();
    return certification.toView();
  }

  /** The certification if the caller may see its holder; otherwise 404, as if it did not exist. */
  private Certification visible(Caller caller, long id) {
    return certifications
        .findByIdOptional(id)
        .filter(c -> access.maySeeOfficerOf(caller, Agency.fromCode(c.agency).orElseThrow()))
        .orElseThrow(() -> ProblemException.notFound("Certification"));
  }
}
