package org.puente.funding.disbursements;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.puente.funding.api.ReversalStatus;

@ApplicationScoped
public class ReversalRepository implements PanacheRepository<Reversal> {

  public Optional<Reversal> findFull(long id) {
    return find(
            "select r from Reversal r join fetch r.disbursement d join fetch d.obligation o"
                + " join fetch o.line l join fetch l.agreement where r.id = ?1",
            id)
        .firstResultOptional();
  }

  /** Whether the payment has a reversal asked or done (a rejected one does not count). */
  public boolean reversing(long disbursementId) {
    return count("disbursement.id = ?1 and status <> ?2", disbursementId, ReversalStatus.REJECTED)
        > 0;
  }
}
