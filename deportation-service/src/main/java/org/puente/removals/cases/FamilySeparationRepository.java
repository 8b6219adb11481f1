package org.puente.removals.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puente.common.paging.PageRequest;

@ApplicationScoped
public class FamilySeparationRepository implements PanacheRepository<FamilySeparation> {

  /** The relatives a case may be removed without, whichever of the two the decision was on. */
  public Set<Long> separatedFrom(long caseId) {
    Set<Long> ids = new HashSet<>();
    list("caseId = ?1 or relativeCaseId = ?1", caseId)
        .forEach(s -> ids.add(s.caseId == caseId ? s.relativeCaseId : s.caseId));
    return ids;
  }

  /** For each case, the relatives it may be removed apart from, in one query. */
  public Map<Long, Set<Long>> separatedFrom(Collection<Long> caseIds) {
    Map<Long, Set<Long>> out = new HashMap<>();
    caseIds.forEach(id -> out.put(id, new HashSet<>()));
    if (caseIds.isEmpty()) {
      return out;
    }
    list("caseId in ?1 or relativeCaseId in ?1", List.copyOf(caseIds))
        .forEach(
            s -> {
              if (out.containsKey(s.caseId)) {
                out.get(s.caseId).add(s.relativeCaseId);
              }
              if (out.containsKey(s.relativeCaseId)) {
                out.get(s.relativeCaseId).add(s.caseId);
              }
            });
    return out;
  }

  public List<FamilySeparation> page(long caseId, PageRequest page) {
    return find(
            "(caseId = ?1 or relativeCaseId = ?1) and id > ?2 order by id", caseId, page.afterId())
        .page(0, page.fetchSize())
        .list();
  }
}
