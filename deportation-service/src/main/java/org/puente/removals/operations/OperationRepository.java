package org.puente.removals.operations;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.common.paging.PageRequest;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.SeatStatus;

@ApplicationScoped
public class OperationRepository implements PanacheRepository<RemovalOperation> {

  public List<RemovalOperation> page(String agency, OperationStatus status, PageRequest page) {
    StringBuilder where = new StringBuilder("owningAgency = :agency and id > :after");
    Parameters params = Parameters.with("agency", agency).and("after", page.afterId());
    if (status != null) {
      where.append(" and status = :status");
      params.and("status", status);
    }
    return find(where + " order by id", params).page(0, page.fetchSize()).list();
  }

  /** Locks the operation's row: seat decisions on one flight are made one at a time. */
  public Optional<RemovalOperation> lock(long id) {
    return Optional.ofNullable(
        getEntityManager().find(RemovalOperation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Locks the cases' rows in id order (the same order everywhere, so two lockers never deadlock)
   * for the rest of the transaction. FOR UPDATE, not FOR NO KEY UPDATE: every act on a case (a
   * claim, an appeal, a flag, a timeline entry) inserts a row referencing the case, which takes a
   * KEY SHARE lock that only FOR UPDATE excludes. So an act recorded while a seat decision is made
   * either committed before the lock (and is seen) or waits until the decision is committed.
   */
  public void lockCases(Collection<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return;
    }
    getEntityManager()
        .createNativeQuery("select id from removal_case where id in (:ids) order by id for update")
        .setParameter("ids", caseIds)
        .getResultList();
  }

  public List<ManifestSeat> seated(long operationId) {
    return getEntityManager()
        .createQuery(
            "from ManifestSeat s where s.operationId = ?1 and s.status = ?2 order by s.id",
            ManifestSeat.class)
        .setParameter(1, operationId)
        .setParameter(2, SeatStatus.SEATED)
        .getResultList();
  }

  public List<ManifestSeat> seats(long operationId, PageRequest page) {
    return getEntityManager()
        .createQuery(
            "from ManifestSeat s where s.operationId = ?1 and s.id > ?2 order by s.id",
            ManifestSeat.class)
        .setParameter(1, operationId)
        .setParameter(2, page.afterId())
        .setMaxResults(page.fetchSize())
        .getResultList();
  }

  public Optional<ManifestSeat> seatOf(long caseId) {
    return getEntityManager()
        .createQuery(
            "from ManifestSeat s where s.caseId = ?1 and s.status = ?2", ManifestSeat.class)
        .setParameter(1, caseId)
        .setParameter(2, SeatStatus.SEATED)
        .getResultStream()
        .findFirst();
  }

  /** Seats taken per operation, for a page of operations in one query. */
  public Map<Long, Integer> seatsTaken(Collection<Long> ids) {
    Map<Long, Integer> taken = new HashMap<>();
    if (ids.isEmpty()) {
      return taken;
    }
    getEntityManager()
        .createQuery(
            "select s.operationId, count(s) from ManifestSeat s where s.operationId in ?1"
                + " and s.status = ?2 group by s.operationId",
            Object[].class)
        .setParameter(1, ids)
        .setParameter(2, SeatStatus.SEATED)
        .getResultList()
        .forEach(r -> taken.put((Long) r[0], ((Number) r[1]).intValue()));
    return taken;
  }

  public Map<Long, List<Long>> escorts(Collection<Long> ids) {
    Map<Long, List<Long>> escorts = new HashMap<>();
    if (ids.isEmpty()) {
      return escorts;
    }
    getEntityManager()
        .createQuery(
            "from OperationEscort e where e.operationId in ?1 order by e.id", OperationEscort.class)
        .setParameter(1, ids)
        .getResultList()
        .forEach(
            e ->
                escorts
                    .computeIfAbsent(e.operationId, k -> new java.util.ArrayList<>())
                    .add(e.officerId));
    return escorts;
  }

  /** Persists a seat, escort or incident (entities of this operation without a repository). */
  public void add(Object entity) {
    getEntityManager().persist(entity);
  }

  public List<OperationIncident> incidents(long operationId, PageRequest page) {
    return getEntityManager()
        .createQuery(
            "from OperationIncident i where i.operationId = ?1 and i.id > ?2 order by i.id",
            OperationIncident.class)
        .setParameter(1, operationId)
        .setParameter(2, page.afterId())
        .setMaxResults(page.fetchSize())
        .getResultList();
  }

  /** The cases ever given a seat on the operation (seated or dropped since). */
  public java.util.Set<Long> casesOnManifest(long operationId) {
    return new java.util.HashSet<>(
        getEntityManager()
            .createQuery("select s.caseId from ManifestSeat s where s.operationId = ?1", Long.class)
            .setParameter(1, operationId)
            .getResultList());
  }

  public Optional<OperationIncident> incident(long operationId, long incidentId) {
    return getEntityManager()
        .createQuery(
            "from OperationIncident i where i.operationId = ?1 and i.id = ?2",
            OperationIncident.class)
        .setParameter(1, operationId)
        .setParameter(2, incidentId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Counts of the operation's incidents by category and severity: [category, severity, count,
   * open].
   */
  public List<Object[]> incidentCounts(long operationId) {
    return getEntityManager()
        .createQuery(
            "select i.category, i.severity, count(i),"
                + " sum(case when i.followUp <> org.puente.removals.api.IncidentFollowUp.CLOSED"
                + " then 1 else 0 end)"
                + " from OperationIncident i where i.operationId = ?1"
                + " group by i.category, i.severity order by i.category, i.severity",
            Object[].class)
        .setParameter(1, operationId)
        .getResultList();
  }
}
