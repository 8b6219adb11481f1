package org.puente.funding.disbursements;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Agency;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.ReversalStatus;

@ApplicationScoped
public class DisbursementRepository implements PanacheRepository<Disbursement> {

  public List<Disbursement> page(
      Agency party,
      Long agreementId,
      Long obligationId,
      DisbursementStatus status,
      ReversalStatus reversalStatus,
      PageRequest page) {
    StringBuilder where =
        new StringBuilder(
            "(a.donorAgency = :agency or a.recipientAgency = :agency) and d.id > :after");
    Parameters params = Parameters.with("agency", party.code()).and("after", page.afterId());
    if (agreementId != null) {
      where.append(" and d.agreementId = :agreement");
      params.and("agreement", agreementId);
    }
    if (obligationId != null) {
      where.append(" and o.id = :obligation");
      params.and("obligation", obligationId);
    }
    if (status != null) {
      where.append(" and d.status = :status");
      params.and("status", status);
    }
    if (reversalStatus != null) {
      where.append(
          " and d.id in (select r.disbursement.id from Reversal r where r.status = :reversal)");
      params.and("reversal", reversalStatus);
    }
    return find(
            "select d from Disbursement d join fetch d.obligation o join fetch o.line l"
                + " join fetch l.agreement a where "
                + where
                + " order by d.id",
            params)
        .page(0, page.fetchSize())
        .list();
  }

  public Optional<Disbursement> findFull(long id) {
    return find(
            "select d from Disbursement d join fetch d.obligation o join fetch o.line l"
                + " join fetch l.agreement where d.id = ?1",
            id)
        .firstResultOptional();
  }
}
