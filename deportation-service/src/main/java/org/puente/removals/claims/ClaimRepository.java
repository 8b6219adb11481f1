package org.puente.removals.claims;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.puente.removals.api.ClaimStatus;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<ProtectionClaim> {

  public Optional<ProtectionClaim> latest(long caseId) {
    return find("caseId = ?1 order by id desc", caseId).firstResultOptional();
  }

  public List<ClaimStatus> statuses(long caseId) {
    return getEntityManager()
        .createQuery(
            "select c.status from ProtectionClaim c where c.caseId = ?1", ClaimStatus.class)
        .setParameter(1, caseId)
        .getResultList();
  }

  /** Whether {@code username} decided any protection claim of the case. */
  public boolean decidedBy(long caseId, String username) {
    return count("caseId = ?1 and decidedBy = ?2", caseId, username) > 0;
  }
}
