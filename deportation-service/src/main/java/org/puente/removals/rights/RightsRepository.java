package org.puente.removals.rights;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.puente.removals.api.Right;

@ApplicationScoped
public class RightsRepository implements PanacheRepository<RightsNotice> {

  public List<RightsNotice> forCase(long caseId) {
    return list("caseId = ?1 order by id", caseId);
  }

  /** Every right the person has been told of, over all notices. */
  public Set<Right> notified(long caseId) {
    Set<Right> told = EnumSet.noneOf(Right.class);
    forCase(caseId).forEach(n -> n.rights.forEach(r -> told.add(Right.valueOf(r))));
    return told;
  }
}
