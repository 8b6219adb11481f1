package org.puente.funding.agreements;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementStatus;

@ApplicationScoped
public class AgreementRepository implements PanacheRepository<Agreement> {

  /** Agreements the agency is donor or recipient of. */
  public List<Agreement> page(Agency party, AgreementStatus status, PageRequest page) {
    StringBuilder where =
        new StringBuilder("(donorAgency = :agency or recipientAgency = :agency) and id > :after");
    Parameters params = Parameters.with("agency", party.code()).and("after", page.afterId());
    if (status != null) {
      where.append(" and status = :status");
      params.and("status", status);
    }
    return find(where + " order by id", params).page(0, page.fetchSize()).list();
  }

  /**
   * Reads the agreement with a shared lock: obligations proceed in parallel, but not while the
   * agreement is being closed or its period changed.
   */
  public Optional<Agreement> findShared(long id) {
    return Optional.ofNullable(
        getEntityManager().find(Agreement.class, id, LockModeType.PESSIMISTIC_READ));
  }

  public boolean referenceTaken(String reference) {
    return count("reference", reference) > 0;
  }

  /** Sums of each agreement's lines, for a page of agreements in one query. */
  public Map<Long, Totals> totals(Collection<Long> ids) {
    Map<Long, Totals> totals = new HashMap<>();
    if (ids.isEmpty()) {
      return totals;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select agreement_id, sum(allotted), sum(obligated), sum(disbursed)"
                    + " from budget_line where agreement_id = any(?1) group by agreement_id")
            .setParameter(1, ids.toArray(Long[]::new))
            .getResultList();
    for (Object[] row : rows) {
      totals.put(
          ((Number) row[0]).longValue(),
          new Totals((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3]));
    }
    return totals;
  }

  /** An agreement's totals across its lines. */
  public record Totals(BigDecimal allotted, BigDecimal obligated, BigDecimal disbursed) {
    public static final Totals NONE = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
  }
}
