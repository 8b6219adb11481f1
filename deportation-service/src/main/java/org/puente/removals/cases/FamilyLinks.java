package org.puente.removals.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case's linked family members. A link is recorded on one case when it is opened (a child's case
 * names the parent's), but it binds both people: the relatives of a case are those its links name
 * and those whose links name it.
 */
@ApplicationScoped
public class FamilyLinks {

  private final CaseRepository cases;

  FamilyLinks(CaseRepository cases) {
    this.cases = cases;
  }

  /** The ids of the case's relatives, linked either way, in id order. */
  public Set<Long> relativeIds(RemovalCase c) {
    Set<Long> ids = new java.util.TreeSet<>();
    c.familyLinks.forEach(l -> ids.add(l.caseId()));
    @SuppressWarnings("unchecked")
    List<Number> linking =
        cases
            .getEntityManager()
            .createNativeQuery(
                "select id from removal_case where family_links @> cast(:link as jsonb)")
            .setParameter("link", "[{\"caseId\": " + c.id + "}]")
            .getResultList();
    linking.forEach(n -> ids.add(n.longValue()));
    ids.remove(c.id);
    return new LinkedHashSet<>(ids);
  }

  /** The relatives' cases that exist, linked either way. */
  public List<RemovalCase> relatives(RemovalCase c) {
    Set<Long> ids = relativeIds(c);
    return ids.isEmpty() ? List.of() : cases.list("id in ?1 order by id", List.copyOf(ids));
  }

  /**
   * The relatives of each case, linked either way, in one query whatever the number of cases (a
   * manifest page): each containment test is served by the index on the links.
   */
  public Map<Long, Set<Long>> relativeIds(Collection<RemovalCase> of) {
    Map<Long, Set<Long>> out = new HashMap<>();
    of.forEach(
        c -> {
          Set<Long> ids = new java.util.TreeSet<>();
          c.familyLinks.forEach(l -> ids.add(l.caseId()));
          out.put(c.id, ids);
        });
    if (out.isEmpty()) {
      return out;
    }
    List<Long> targets = List.copyOf(out.keySet());
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < targets.size(); i++) {
      found
          .append(i == 0 ? "" : " or ")
          .append("c.family_links @> cast(:l")
          .append(i)
          .append(" as jsonb)");
    }
    var query =
        cases
            .getEntityManager()
            .createNativeQuery(
                "select c.id, cast(l ->> 'caseId' as bigint) from removal_case c"
                    + " cross join jsonb_array_elements(c.family_links) l where ("
                    + found
                    + ") and cast(l ->> 'caseId' as bigint) in (:targets)");
    for (int i = 0; i < targets.size(); i++) {
      query.setParameter("l" + i, "[{\"caseId\": " + targets.get(i) + "}]");
    }
    query.setParameter("targets", targets);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] row : rows) {
      out.get(((Number) row[1]).longValue()).add(((Number) row[0]).longValue());
    }
    out.forEach((id, ids) -> ids.remove(id));
    return out;
  }
}
