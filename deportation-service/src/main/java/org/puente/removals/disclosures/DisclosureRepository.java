package org.puente.removals.disclosures;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.puente.common.paging.PageRequest;

@ApplicationScoped
public class DisclosureRepository implements PanacheRepository<DisclosureGrant> {

  /** The grant that lets {@code grantee} read the case now, if any (a case grant first). */
  public Optional<DisclosureGrant> activeGrant(
      String grantee, String owner, long caseId, Instant now) {
    return find(
            "granteeAgency = ?1 and ownerAgency = ?2 and (caseId = ?3 or caseId is null)"
                + " and revokedAt is null and expiresAt > ?4 order by caseId nulls last, id",
            grantee,
            owner,
            caseId,
            now)
        .firstResultOptional();
  }

  /** Grants the agency gave or received. */
  public List<DisclosureGrant> page(String agency, PageRequest page) {
    return find(
            "(ownerAgency = ?1 or granteeAgency = ?1) and id > ?2 order by id",
            agency,
            page.afterId())
        .page(0, page.fetchSize())
        .list();
  }

  /** Every grant the agency holds now. */
  public List<DisclosureGrant> activeFor(String grantee, Instant now) {
    return list("granteeAgency = ?1 and revokedAt is null and expiresAt > ?2", grantee, now);
  }

  /** The agency owning a case, or null when there is no such case. */
  public String ownerOfCase(long caseId) {
    List<?> owners =
        getEntityManager()
            .createNativeQuery("select owning_agency from removal_case where id = ?1")
            .setParameter(1, caseId)
            .getResultList();
    return owners.isEmpty() ? null : (String) owners.get(0);
  }
}
