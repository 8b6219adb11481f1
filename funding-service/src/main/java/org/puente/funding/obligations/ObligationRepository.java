package org.puente.funding.obligations;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Agency;

@ApplicationScoped
public class ObligationRepository implements PanacheRepository<Obligation> {

  /** Obligations of agreements the agency is party to, with line and agreement fetched. */
  public List<Obligation> page(
      Agency party, Long agreementId, Long lineId, String reference, PageRequest page) {
    StringBuilder where =
        new StringBuilder(
            "(a.donorAgency = :agency or a.recipientAgency = :agency) and o.id > :after");
    Parameters params = Parameters.with("agency", party.code()).and("after", page.afterId());
    if (agreementId != null) {
      where.append(" and o.agreementId = :agreement");
      params.and("agreement", agreementId);
    }
    if (lineId != null) {
      where.append(" and l.id = :line");
      params.and("line", lineId);
    }
    if (reference != null) {
      where.append(" and o.reference = :reference");
      params.and("reference", reference);
    }
    return find(
            "select o from Obligation o join fetch o.line l join fetch l.agreement a where "
                + where
                + " order by o.id",
            params)
        .page(0, page.fetchSize())
        .list();
  }

  public Optional<Obligation> findFull(long id) {
    return find(
            "select o from Obligation o join fetch o.line l join fetch l.agreement where o.id = ?1",
            id)
        .firstResultOptional();
  }

  public Obligation reload(Obligation o) {
    getEntityManager().refresh(o);
    return o;
  }
}
