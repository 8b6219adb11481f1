package org.puente.training.officers;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Agency;
import org.puente.training.api.VettingStatus;

@ApplicationScoped
public class OfficerRepository implements PanacheRepository<Officer> {

  /**
   * A keyset page; {@code agency} null means every agency (the provider's view). {@code
   * expiringBefore}: only cleared vetting running out before that day (the coordinators' queue).
   */
  public List<Officer> page(
      Agency agency, VettingStatus vetting, LocalDate expiringBefore, PageRequest page) {
    StringBuilder where = new StringBuilder("id > :after");
    Parameters params = Parameters.with("after", page.afterId());
    if (agency != null) {
      where.append(" and agency = :agency");
      params.and("agency", agency.code());
    }
    if (vetting != null) {
      where.append(" and vettingStatus = :vetting");
      params.and("vetting", vetting);
    }
    if (expiringBefore != null) {
      where.append(" and vettingStatus = :cleared and vettingExpiresOn < :before");
      params.and("cleared", VettingStatus.CLEARED).and("before", expiringBefore);
    }
    return find(where + " order by id", params).page(0, page.fetchSize()).list();
  }

  public boolean badgeTaken(String agency, String badgeNumber) {
    return count("agency = ?1 and badgeNumber = ?2", agency, badgeNumber) > 0;
  }
}
