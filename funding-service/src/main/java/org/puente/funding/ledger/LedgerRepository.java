package org.puente.funding.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.puente.common.paging.PageRequest;

@ApplicationScoped
public class LedgerRepository implements PanacheRepository<LedgerEntry> {

  public List<LedgerEntry> page(long agreementId, PageRequest page) {
    return find("agreementId = ?1 and id > ?2 order by id", agreementId, page.afterId())
        .page(0, page.fetchSize())
        .list();
  }

  /**
   * Every entry of an agreement, oldest first (for exports; agreements have thousands, not
   * millions).
   */
  public List<LedgerEntry> all(long agreementId) {
    return list("agreementId = ?1 order by id", agreementId);
  }
}
