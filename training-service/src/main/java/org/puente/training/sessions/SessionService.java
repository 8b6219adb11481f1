package org.puente.training.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.training.TrainingAccess;
import org.puente.training.api.SessionFundingRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.SessionView;
import org.puente.training.courses.Course;
import org.puente.training.courses.CourseRepository;

@ApplicationScoped
public class SessionService {

  private final SessionRepository sessions;
  private final CourseRepository courses;
  private final TrainingAccess access;
  private final Idempotency idempotency;
  private final SessionObligations funding;

  SessionService(
      SessionRepository sessions,
      CourseRepository courses,
      TrainingAccess access,
      Idempotency idempotency,
      SessionObligations funding) {
    this.sessions = sessions;
    this.courses = courses;
    this.access = access;
    this.idempotency = idempotency;
    this.funding = funding;
  }

  public Page<SessionView> list(
      Long courseId, SessionStatus status, LocalDate startsFrom, PageRequest page) {
    List<TrainingSession> rows = sessions.page(courseId, status, startsFrom, page);
    Map<Long, SessionRepository.SeatCount> seats =
        sessions.seatCounts(rows.stream().map(s -> s.id).toList());
    return Page.of(
        rows,
        page,
        s -> s.id,
        s -> s.toView(seats.getOrDefault(s.id, SessionRepository.SeatCount.NONE)));
  }

  public SessionView get(long id) {
    return view(find(id));
  }

  @Transactional
  public Idempotency.Outcome<SessionView> create(Caller caller, String key, SessionRequest body) {
    access.requireProviderCoordinator(caller);
    return idempotency.once(
        caller,
        key,
        "POST /sessions",
        body,
        SessionView.class,
        () -> {
          Course course =
              courses
                  .findByIdOptional(body.courseId())
                  .orElseThrow(() -> ProblemException.invalid("courseId", "no such course"));
          TrainingSession session = new TrainingSession();
          session.course = course;
          session.status = SessionStatus.PLANNED;
          session.providerAgency = caller.agency().code();
          session.createdAt = Instant.now();
          apply(session, body);
          sessions.persist(session);
          if (body.budgetLineId() != null) {
            funding.request(session, body.budgetLineId());
          }
          return session.toView(SessionRepository.SeatCount.NONE);
        });
  }

  @Transactional
  public SessionView update(Caller caller, long id, String ifMatch, SessionRequest body) {
    access.requireProviderCoordinator(caller);
    TrainingSession session = lock(id);
    Versions.checkIfMatch(ifMatch, session.version);
    if (!session.status.editable()) {
      throw ProblemException.conflict(
          "A session that is " + session.status + " can no longer be changed");
    }
    if (body.budgetLineId() != null) {
      throw ProblemException.invalid(
          "budgetLineId", "is given when scheduling; to fund later, use funding-request");
    }
    if (!session.course.id.equals(body.courseId())) {
      throw ProblemException.conflict("The course of a session cannot change; cancel it instead");
    }
    SessionObligations.refuseCostChangeWhileFunded(session, body.cost());
    SessionRepository.SeatCount seats = seats(id);
    if (body.capacity() < seats.taken()) {
      throw ProblemException.conflict(
          "Capacity " + body.capacity() + " is below the " + seats.taken() + " seats already held");
    }
    apply(session, body);
    sessions.flush();
    return session.toView(seats);
  }

  @Transactional
  public SessionView transition(Caller caller, long id, String ifMatch, SessionTransition body) {
    access.requireProviderCoordinator(caller);
    TrainingSession session = lock(id);
    Versions.checkIfMatch(ifMatch, session.version);
    if (!session.status.canMoveTo(body.status())) {
      throw ProblemException.conflict(
          "A session cannot move from "
              + session.status
              + " to "
              + body.status()
              + "; allowed: "
              + session.status.next());
    }
    if (body.status() == SessionStatus.CANCELLED
        && (body.reason() == null || body.reason().isBlank())) {
      throw ProblemException.invalid("reason", "is required to cancel a session");
    }
    boolean completing = body.status() == SessionStatus.COMPLETED;
    if (body.actualCost() != null && !completing) {
      throw ProblemException.invalid("actualCost", "is only given when completing");
    }
    if (completing
        && body.actualCost() != null
        && !body.actualCost().currency().equals(session.costCurrency)) {
      throw ProblemException.invalid(
          "actualCost", "must be in the session's currency, " + session.costCurrency);
    }
    session.status = body.status();
    if (body.status() == SessionStatus.CANCELLED) {
      session.cancellationReason = body.reason().strip();
      funding.cancelled(session);
    }
    if (completing) {
      funding.completed(session, body.actualCost(), sessions.officersCertified(id));
    }
    sessions.flush();
    return session.toView(seats(id));
  }

  /** Asks funding-service for the session's cost on a TRAINING line (again, after a refusal). */
  @Transactional
  public SessionView requestFunding(
      Caller caller, long id, String ifMatch, SessionFundingRequest body) {
    access.requireProviderCoordinator(caller);
    TrainingSession session = lock(id);
    Versions.checkIfMatch(ifMatch, session.version);
    funding.request(session, body.budgetLineId());
    sessions.flush();
    return view(session);
  }

  TrainingSession find(long id) {
    return sessions.findWithCourse(id).orElseThrow(() -> ProblemException.notFound("Session"));
  }

  private TrainingSession lock(long id) {
    return sessions.lockForSeats(id).orElseThrow(() -> ProblemException.notFound("Session"));
  }

  private SessionRepository.SeatCount seats(long id) {
    return sessions.seatCounts(List.of(id)).getOrDefault(id, SessionRepository.SeatCount.NONE);
  }

  private SessionView view(TrainingSession session) {
    return session.toView(seats(session.id));
  }

  private static void apply(TrainingSession session, SessionRequest body) {
    session.location = body.location().strip();
    session.startDate = body.startDate();
    session.endDate = body.endDate();
    session.capacity = body.capacity();
    session.instructors =
        new ArrayList<>(body.instructorsOrEmpty().stream().map(String::strip).toList());
    session.costAmount = body.cost().amount();
    session.costCurrency = body.cost().currency();
  }
}
