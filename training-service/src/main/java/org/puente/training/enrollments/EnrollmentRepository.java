package org.puente.training.enrollments;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Agency;
import org.puente.training.api.EnrollmentStatus;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepository<Enrollment> {

  /** A keyset page of a session's nominations, officers fetched in the same query. */
  public List<Enrollment> page(
      long sessionId, Agency nominatingAgency, EnrollmentStatus status, PageRequest page) {
    StringBuilder where = new StringBuilder("e.session.id = :session and e.id > :after");
    Parameters params = Parameters.with("session", sessionId).and("after", page.afterId());
    if (nominatingAgency != null) {
      where.append(" and e.nominatingAgency = :agency");
      params.and("agency", nominatingAgency.code());
    }
    if (status != null) {
      where.append(" and e.status = :status");
      params.and("status", status);
    }
    return find("from Enrollment e join fetch e.officer where " + where + " order by e.id", params)
        .page(0, page.fetchSize())
        .list();
  }

  public Optional<Enrollment> findWithOfficerAndSession(long id) {
    return find(
            "from Enrollment e join fetch e.officer join fetch e.session s join fetch s.course"
                + " where e.id = ?1",
            id)
        .firstResultOptional();
  }

  public boolean hasLiveNomination(long sessionId, long officerId) {
    return count(
            "session.id = ?1 and officer.id = ?2 and status not in ?3",
            sessionId,
            officerId,
            List.of(EnrollmentStatus.WITHDRAWN, EnrollmentStatus.REJECTED))
        > 0;
  }

  public int seatsTaken(long sessionId) {
    return (int)
        count(
            "session.id = ?1 and status in ?2",
            sessionId,
            List.of(
                EnrollmentStatus.NOMINATED,
                EnrollmentStatus.ENROLLED,
                EnrollmentStatus.PASSED,
                EnrollmentStatus.FAILED));
  }

  /** The next in line: the earliest nomination still waiting. */
  public Optional<Enrollment> nextWaitlisted(long sessionId) {
    return find(
            "session.id = ?1 and status = ?2 order by id", sessionId, EnrollmentStatus.WAITLISTED)
        .firstResultOptional();
  }

  /** Position (1 = next) of every waitlisted nomination of the session. */
  public Map<Long, Integer> waitlistPositions(long sessionId) {
    List<Long> ids =
        getEntityManager()
            .createQuery(
                "select e.id from Enrollment e where e.session.id = ?1 and e.status = ?2"
                    + " order by e.id",
                Long.class)
            .setParameter(1, sessionId)
            .setParameter(2, EnrollmentStatus.WAITLISTED)
            .getResultList();
    Map<Long, Integer> positions = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      positions.put(ids.get(i), i + 1);
    }
    return positions;
  }
}
