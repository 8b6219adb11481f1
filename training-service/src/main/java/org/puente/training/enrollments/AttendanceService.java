package org.puente.training.enrollments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.training.TrainingAccess;
import org.puente.training.TrainingConfig;
import org.puente.training.api.AttendanceCorrection;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.AttendanceSheet;
import org.puente.training.api.AttendanceView;
import org.puente.training.api.EnrollmentStatus;
import org.puente.training.sessions.SessionRepository;
import org.puente.training.sessions.TrainingSession;

/** Attendance per day: recorded by the provider, read by the provider and the nominating agency. */
@ApplicationScoped
public class AttendanceService {

  private final AttendanceRepository attendance;
  private final EnrollmentRepository enrollments;
  private final SessionRepository sessions;
  private final TrainingAccess access;
  private final Idempotency idempotency;
  private final TrainingConfig config;

  AttendanceService(
      AttendanceRepository attendance,
      EnrollmentRepository enrollments,
      SessionRepository sessions,
      TrainingAccess access,
      Idempotency idempotency,
      TrainingConfig config) {
    this.attendance = attendance;
    this.enrollments = enrollments;
    this.sessions = sessions;
    this.access = access;
    this.idempotency = idempotency;
    this.config = config;
  }

  public Page<AttendanceView> list(Caller caller, long sessionId, LocalDate day, PageRequest page) {
    sessions.findByIdOptional(sessionId).orElseThrow(() -> ProblemException.notFound("Session"));
    Agency scope = access.isProvider(caller) ? null : caller.agency();
    return Page.of(
        attendance.page(sessionId, scope, day, page), page, a -> a.id, Attendance::toView);
  }

  @Transactional
  public Idempotency.Outcome<AttendanceSheet> record(
      Caller caller, long sessionId, String key, AttendanceRequest body) {
    access.requireProviderCoordinator(caller);
    return idempotency.once(
        caller,
        key,
        "POST /sessions/" + sessionId + "/attendance",
        body,
        AttendanceSheet.class,
        () -> {
          TrainingSession session =
              sessions
                  .findByIdOptional(sessionId)
                  .orElseThrow(() -> ProblemException.notFound("Session"));
          if (!session.status.recordsResults()) {
            throw ProblemException.conflict(
                "The session is "
                    + session.status
                    + "; attendance is taken once it is IN_PROGRESS");
          }
          if (body.day().isBefore(session.startDate) || body.day().isAfter(session.endDate)) {
            throw ProblemException.invalid(
                "day",
                "must be within the session, " + session.startDate + " to " + session.endDate);
          }
          if (body.day().isAfter(config.today())) {
            throw ProblemException.invalid("day", "attendance is recorded on or after the day");
          }
          Set<Long> seen = new HashSet<>();
          for (AttendanceEntry entry : body.records()) {
            if (!seen.add(entry.enrollmentId())) {
              throw ProblemException.invalid(
                  "records", "enrollment " + entry.enrollmentId() + " appears twice");
            }
          }
          Map<Long, Enrollment> byId =
              enrollments.list("id in ?1", List.copyOf(seen)).stream()
                  .collect(Collectors.toMap(e -> e.id, Function.identity()));
          List<String> reasons = new ArrayList<>();
          for (Long id : seen) {
            Enrollment e = byId.get(id);
            if (e == null || !e.session.id.equals(sessionId)) {
              reasons.add("Enrollment " + id + " is not in this session");
            } else if (e.status != EnrollmentStatus.ENROLLED) {
              reasons.add("Enrollment " + id + " is " + e.status + ", not ENROLLED");
            } else if (attendance.recorded(id, body.day())) {
              reasons.add(
                  "Enrollment "
                      + id
                      + " already has a mark for "
                      + body.day()
                      + "; correct that mark with PUT instead");
            }
          }
          if (!reasons.isEmpty()) {
            throw ProblemException.conflict("Attendance was not recorded", reasons);
          }
          List<AttendanceView> recorded = new ArrayList<>();
          for (AttendanceEntry entry : body.records()) {
            Attendance mark = new Attendance();
            mark.enrollment = byId.get(entry.enrollmentId());
            mark.sessionId = sessionId;
            mark.day = body.day();
            mark.status = entry.status();
            mark.recordedBy = caller.username();
            attendance.persist(mark);
            recorded.add(mark.toView());
          }
          return new AttendanceSheet(sessionId, body.day(), recorded);
        });
  }

  @Transactional
  public AttendanceView correct(
      Caller caller, long sessionId, long id, String ifMatch, AttendanceCorrection body) {
    access.requireProviderCoordinator(caller);
    Attendance mark =
        attendance
            .findByIdOptional(id)
            .filter(a -> a.sessionId == sessionId)
            .orElseThrow(() -> ProblemException.notFound("Attendance"));
    Versions.checkIfMatch(ifMatch, mark.version);
    if (mark.enrollment.status != EnrollmentStatus.ENROLLED) {
      throw ProblemException.conflict(
          "The result of this enrollment is recorded; its attendance can no longer change");
    }
    mark.status = body.status();
    mark.recordedBy = caller.username();
    attendance.flush();
    return mark.toView();
  }
}
