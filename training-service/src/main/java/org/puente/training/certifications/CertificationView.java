package org.puente.training.certifications;

import java.time.LocalDate;
import org.puente.common.security.Agency;
import org.puente.training.courses.Competency;

/** A certification as the API shows it. */
public record CertificationView(
    long id,
    long officerId,
    Agency agency,
    Competency competency,
    LocalDate issuedOn,
    LocalDate expiresOn,
    long enrollmentId) {

  public static CertificationView of(Certification c) {
    return new CertificationView(
        c.id,
        c.officerId,
        Agency.fromCode(c.agency).orElseThrow(),
        c.competency,
        c.issuedOn,
        c.expiresOn,
        c.enrollmentId);
  }
}
