package org.puente.training.enrollments;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Agency;
import org.puente.training.api.AttendanceMark;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepository<Attendance> {

  public List<Attendance> page(
      long sessionId, Agency nominatingAgency, LocalDate day, PageRequest page) {
    StringBuilder where = new StringBuilder("a.sessionId = :session and a.id > :after");
    Parameters params = Parameters.with("session", sessionId).and("after", page.afterId());
    if (nominatingAgency != null) {
      where.append(" and e.nominatingAgency = :agency");
      params.and("agency", nominatingAgency.code());
    }
    if (day != null) {
      where.append(" and a.day = :day");
      params.and("day", day);
    }
    return find(
            "select a from Attendance a join fetch a.enrollment e where "
                + where
                + " order by a.id",
            params)
        .page(0, page.fetchSize())
        .list();
  }

  public boolean recorded(long enrollmentId, LocalDate day) {
    return count("enrollment.id = ?1 and day = ?2", enrollmentId, day) > 0;
  }

  /** Days the officer was present or late. */
  public long daysAttended(long enrollmentId) {
    return count(
        "enrollment.id = ?1 and status in ?2",
        enrollmentId,
        List.of(AttendanceMark.PRESENT, AttendanceMark.LATE));
  }
}
