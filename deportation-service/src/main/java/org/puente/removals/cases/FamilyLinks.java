package org.puente.removals.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
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
}
