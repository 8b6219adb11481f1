package org.puente.training.sessions;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puente.common.paging.PageRequest;
import org.puente.training.api.SessionStatus;

@ApplicationScoped
public class SessionRepository implements PanacheRepository<TrainingSession> {

  /** A keyset page with each session's course fetched in the same query. */
  public List<TrainingSession> page(
      Long courseId, SessionStatus status, LocalDate startsFrom, PageRequest page) {
    StringBuilder where = new StringBuilder("s.id > :after");
    Parameters params = Parameters.with("after", page.afterId());
    if (courseId != null) {
      where.append(" and s.course.id = :course");
      params.and("course", courseId);
    }
    if (status != null) {
      where.append(" and s.status = :status");
      params.and("status", status);
    }
    if (startsFrom != null) {
      where.append(" and s.startDate >= :from");
      params.and("from", startsFrom);
    }
    return find(
            "from TrainingSession s join fetch s.course where " + where + " order by s.id", params)
        .page(0, page.fetchSize())
        .list();
  }

  public Optional<TrainingSession> findWithCourse(long id) {
    return find("from TrainingSession s join fetch s.course where s.id = ?1", id)
        .firstResultOptional();
  }

  /**
   * Reads the session and locks its row until the transaction ends: seat decisions on one session
   * are made one at a time, so it is never overfilled.
   */
  public Optional<TrainingSession> lockForSeats(long id) {
    return Optional.ofNullable(
        getEntityManager().find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Officers the session certified: certifications issued on its enrollments, not revoked. */
  public int officersCertified(long sessionId) {
    return ((Number)
            getEntityManager()
                .createNativeQuery(
                    "select count(distinct c.officer_id) from certification c"
                        + " join enrollment e on e.id = c.enrollment_id"
                        + " where e.session_id = ?1 and c.revoked_at is null")
                .setParameter(1, sessionId)
                .getSingleResult())
        .intValue();
  }

  /** Seats taken and waiting-list length per session, for a page of sessions in one query. */
  public Map<Long, SeatCount> seatCounts(Collection<Long> sessionIds) {
    Map<Long, SeatCount> counts = new HashMap<>();
    if (sessionIds.isEmpty()) {
      return counts;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select session_id,"
                    + " count(*) filter (where status in ('NOMINATED','ENROLLED','PASSED','FAILED')),"
                    + " count(*) filter (where status = 'WAITLISTED')"
                    + " from enrollment where session_id = any(?1) group by session_id")
            .setParameter(1, sessionIds.toArray(Long[]::new))
            .getResultList();
    for (Object[] row : rows) {
      counts.put(
          ((Number) row[0]).longValue(),
          new SeatCount(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
    }
    return counts;
  }

  /** Seats held (nominated, enrolled or completed) and officers waiting. */
  public record SeatCount(int taken, int waitlisted) {
    public static final SeatCount NONE = new SeatCount(0, 0);
  }
}
