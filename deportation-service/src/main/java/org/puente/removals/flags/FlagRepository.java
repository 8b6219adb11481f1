package org.puente.removals.flags;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.puente.common.paging.PageRequest;
import org.puente.removals.api.FlagType;

@ApplicationScoped
public class FlagRepository implements PanacheRepository<CaseFlag> {

  public List<CaseFlag> page(long caseId, PageRequest page) {
    return find("caseId = ?1 and id > ?2 order by id", caseId, page.afterId())
        .page(0, page.fetchSize())
        .list();
  }

  public Set<FlagType> openTypes(long caseId) {
    List<FlagType> types =
        getEntityManager()
            .createQuery(
                "select distinct f.type from CaseFlag f where f.caseId = ?1 and f.resolvedAt is null",
                FlagType.class)
            .setParameter(1, caseId)
            .getResultList();
    return types.isEmpty() ? EnumSet.noneOf(FlagType.class) : EnumSet.copyOf(types);
  }
}
