package org.puente.removals.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Caller;

/** Monitor assignments, and (through the entity manager) monitor reports. */
@ApplicationScoped
public class MonitorRepository implements PanacheRepository<MonitorAssignment> {

  /** The caller's active assignment on the operation, if any. */
  public Optional<MonitorAssignment> activeFor(long operationId, Caller caller) {
    return find(
            "operationId = ?1 and agency = ?2 and username = ?3 and endedAt is null",
            operationId,
            caller.agency().code(),
            caller.username())
        .firstResultOptional();
  }

  /** The caller's active assignments, in operation id order after the cursor. */
  public List<Long> operationsOf(Caller caller, PageRequest page) {
    return getEntityManager()
        .createQuery(
            "select distinct a.operationId from MonitorAssignment a where a.agency = ?1"
                + " and a.username = ?2 and a.endedAt is null and a.operationId > ?3"
                + " order by a.operationId",
            Long.class)
        .setParameter(1, caller.agency().code())
        .setParameter(2, caller.username())
        .setParameter(3, page.afterId())
        .setMaxResults(page.fetchSize())
        .getResultList();
  }

  public List<MonitorAssignment> page(long operationId, PageRequest page) {
    return find("operationId = ?1 and id > ?2 order by id", operationId, page.afterId())
        .page(0, page.fetchSize())
        .list();
  }

  public List<MonitorReport> reports(long operationId, PageRequest page) {
    return getEntityManager()
        .createQuery(
            "from MonitorReport r where r.operationId = ?1 and r.id > ?2 order by r.id",
            MonitorReport.class)
        .setParameter(1, operationId)
        .setParameter(2, page.afterId())
        .setMaxResults(page.fetchSize())
        .getResultList();
  }

  public void add(MonitorReport report) {
    getEntityManager().persist(report);
  }
}
