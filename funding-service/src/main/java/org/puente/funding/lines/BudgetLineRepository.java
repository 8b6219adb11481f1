package org.puente.funding.lines;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.puente.common.paging.PageRequest;

@ApplicationScoped
public class BudgetLineRepository implements PanacheRepository<BudgetLine> {

  public List<BudgetLine> page(long agreementId, PageRequest page) {
    return find(
            "from BudgetLine l join fetch l.agreement where l.agreement.id = ?1 and l.id > ?2"
                + " order by l.id",
            agreementId,
            page.afterId())
        .page(0, page.fetchSize())
        .list();
  }

  /** Lines of every agreement the agency is a party to (donor or recipient), by id. */
  public List<BudgetLine> pageForParty(String agency, PageRequest page) {
    return find(
            "from BudgetLine l join fetch l.agreement a"
                + " where (a.donorAgency = ?1 or a.recipientAgency = ?1) and l.id > ?2 order by l.id",
            agency,
            page.afterId())
        .page(0, page.fetchSize())
        .list();
  }

  public Optional<BudgetLine> findWithAgreement(long id) {
    return find("from BudgetLine l join fetch l.agreement where l.id = ?1", id)
        .firstResultOptional();
  }

  /** Reads the line again from the database, after funds control changed its balances. */
  public BudgetLine reload(BudgetLine line) {
    getEntityManager().refresh(line);
    return line;
  }
}
