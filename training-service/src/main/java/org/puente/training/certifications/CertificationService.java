package org.puente.training.certifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.training.TrainingAccess;
import org.puente.training.courses.Competency;

@ApplicationScoped
public class CertificationService {

  private final CertificationRepository certifications;
  private final TrainingAccess access;

  CertificationService(CertificationRepository certifications, TrainingAccess access) {
    this.certifications = certifications;
    this.access = access;
  }

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
        CertificationView::of);
  }

  public CertificationView get(Caller caller, long id) {
    return certifications
        .findByIdOptional(id)
        .filter(c -> access.maySeeOfficerOf(caller, Agency.fromCode(c.agency).orElseThrow()))
        .map(CertificationView::of)
        .orElseThrow(() -> ProblemException.notFound("Certification"));
  }

  /**
   * Whether the officer is certified on the day. An officer the caller may not see is simply not
   * certified, so the answer reveals nothing about other agencies' staff.
   */
  public CertificationCheck check(
      Caller caller, long officerId, Competency competency, LocalDate on) {
    List<Certification> valid =
        certifications.validOn(officerId, competency, on).stream()
            .filter(c -> access.maySeeOfficerOf(caller, Agency.fromCode(c.agency).orElseThrow()))
            .toList();
    if (valid.isEmpty()) {
      return new CertificationCheck(officerId, competency, on, false, null, null);
    }
    Certification c = valid.get(0);
    return new CertificationCheck(officerId, competency, on, true, c.id, c.expiresOn);
  }
}
