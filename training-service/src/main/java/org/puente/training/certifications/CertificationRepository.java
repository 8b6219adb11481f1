package org.puente.training.certifications;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Agency;
import org.puente.training.api.Competency;

@ApplicationScoped
public class CertificationRepository implements PanacheRepository<Certification> {

  /**
   * The officer's certifications in the competency that cover {@code day}, revoked ones included
   * (so the check can say a certificate was revoked); {@link CertificationValidity} decides.
   */
  public List<Certification> covering(long officerId, Competency competency, LocalDate day) {
    return list(
        "officerId = ?1 and competency = ?2 and issuedOn <= ?3 and expiresOn >= ?3"
            + " order by expiresOn desc, id",
        officerId,
        competency,
        day);
  }

  /**
   * Competencies the officer holds a certification for on {@code day} that has not been revoked
   * (prerequisites of a course; enrolment checks vetting on its own).
   */
  public Set<Competency> heldOn(long officerId, LocalDate day) {
    List<Competency> held =
        getEntityManager()
            .createQuery(
                "select distinct c.competency from Certification c where c.officerId = ?1"
                    + " and c.issuedOn <= ?2 and c.expiresOn >= ?2 and c.revokedAt is null",
                Competency.class)
            .setParameter(1, officerId)
            .setParameter(2, day)
            .getResultList();
    return held.isEmpty() ? EnumSet.noneOf(Competency.class) : EnumSet.copyOf(held);
  }

  /**
   * A keyset page; {@code agency} null means every agency (the provider's view). Revoked
   * certifications are listed (their history matters to auditors) except when asked for those
   * expiring before a day: a revoked certification no longer expires, it already counts for
   * nothing.
   */
  public List<Certification> page(
      Agency agency,
      Long officerId,
      Competency competency,
      LocalDate expiringBefore,
      PageRequest page) {
    StringBuilder where = new StringBuilder("id > :after");
    Parameters params = Parameters.with("after", page.afterId());
    if (agency != null) {
      where.append(" and agency = :agency");
      params.and("agency", agency.code());
    }
    if (officerId != null) {
      where.append(" and officerId = :officer");
      params.and("officer", officerId);
    }
    if (competency != null) {
      where.append(" and competency = :competency");
      params.and("competency", competency);
    }
    if (expiringBefore != null) {
      where.append(" and expiresOn < :before and revokedAt is null");
      params.and("before", expiringBefore);
    }
    return find(where + " order by id", params).page(0, page.fetchSize()).list();
  }
}
