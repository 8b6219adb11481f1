package org.puente.training.enrollments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.training.TrainingAccess;
import org.puente.training.TrainingConfig;
import org.puente.training.api.CertificationView;
import org.puente.training.api.Competency;
import org.puente.training.api.CompletionRequest;
import org.puente.training.api.CompletionView;
import org.puente.training.api.EnrollmentStatus;
import org.puente.training.api.EnrollmentView;
import org.puente.training.api.NominationRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.certifications.Certification;
import org.puente.training.certifications.CertificationRepository;
import org.puente.training.officers.Officer;
import org.puente.training.officers.OfficerService;
import org.puente.training.sessions.SessionRepository;
import org.puente.training.sessions.TrainingSession;

/**
 * Nominations, the waiting list, approval and results. Every decision about seats is taken with the
 * session's row locked, so concurrent nominations never overfill a session and a freed seat goes to
 * exactly one officer.
 */
@ApplicationScoped
public class EnrollmentService {

  private final EnrollmentRepository enrollments;
  private final SessionRepository sessions;
  private final OfficerService officers;
  private final AttendanceRepository attendance;
  private final CertificationRepository certifications;
  private final TrainingAccess access;
  private final CompletionPolicy policy;
  private final TrainingConfig config;
  private final Idempotency idempotency;

  EnrollmentService(
      EnrollmentRepository enrollments,
      SessionRepository sessions,
      OfficerService officers,
      AttendanceRepository attendance,
      CertificationRepository certifications,
      TrainingAccess access,
      TrainingConfig config,
      Idempotency idempotency) {
    this.config = config;
    this.enrollments = enrollments;
    this.sessions = sessions;
    this.officers = officers;
    this.attendance = attendance;
    this.certifications = certifications;
    this.access = access;
    this.policy = new CompletionPolicy(config.passingScore(), config.minimumAttendance());
    this.idempotency = idempotency;
  }

  /** The provider sees every nomination of the session; a partner only its own. */
  public Page<EnrollmentView> list(
      Caller caller, long sessionId, EnrollmentStatus status, PageRequest page) {
    sessions.findByIdOptional(sessionId).orElseThrow(() -> ProblemException.notFound("Session"));
    Agency scope = access.isProvider(caller) ? null : caller.agency();
    List<Enrollment> rows = enrollments.page(sessionId, scope, status, page);
    Map<Long, Integer> positions =
        rows.stream().anyMatch(e -> e.status == EnrollmentStatus.WAITLISTED)
            ? enrollments.waitlistPositions(sessionId)
            : Map.of();
    return Page.of(rows, page, e -> e.id, e -> e.toView(positions.get(e.id)));
  }

  public EnrollmentView get(Caller caller, long id) {
    return view(visible(caller, id));
  }

  @Transactional
  public Idempotency.Outcome<EnrollmentView> nominate(
      Caller caller, long sessionId, String key, NominationRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /sessions/" + sessionId + "/nominations",
        body,
        EnrollmentView.class,
        () -> {
          TrainingSession session = lockSession(sessionId);
          if (!session.status.takesNominations()) {
            throw ProblemException.conflict(
                "The session is " + session.status + "; nominations are taken while it is OPEN");
          }
          Officer officer = officers.visible(caller, body.officerId());
          if (!officer.agency.equals(caller.agency().code())) {
            throw ProblemException.forbidden(
                "A coordinator nominates only officers of their own agency");
          }
          refuseIfIneligible(officer, session);
          if (enrollments.hasLiveNomination(sessionId, officer.id)) {
            throw ProblemException.conflict("The officer is already nominated to this session");
          }
          Enrollment enrollment = new Enrollment();
          enrollment.session = session;
          enrollment.officer = officer;
          enrollment.nominatingAgency = caller.agency().code();
          enrollment.nominatedBy = caller.username();
          enrollment.status = Seats.place(enrollments.seatsTaken(sessionId), session.capacity);
          enrollment.createdAt = Instant.now();
          enrollments.persist(enrollment);
          return view(enrollment);
        });
  }

  @Transactional
  public EnrollmentView approve(Caller caller, long id, String ifMatch) {
    access.requireProviderCoordinator(caller);
    Enrollment enrollment = visible(caller, id);
    Versions.checkIfMatch(ifMatch, enrollment.version);
    if (enrollment.status != EnrollmentStatus.NOMINATED) {
      throw ProblemException.conflict(
          "Only a NOMINATED officer holding a seat can be approved; this one is "
              + enrollment.status);
    }
    if (!enrollment.session.status.takesNominations()) {
      throw ProblemException.conflict(
          "The session is " + enrollment.session.status + "; approvals are made while it is OPEN");
    }
    refuseIfIneligible(enrollment.officer, enrollment.session);
    enrollment.status = EnrollmentStatus.ENROLLED;
    enrollments.flush();
    return view(enrollment);
  }

  @Transactional
  public EnrollmentView reject(Caller caller, long id, String ifMatch) {
    access.requireProviderCoordinator(caller);
    return release(caller, id, ifMatch, EnrollmentStatus.REJECTED);
  }

  /** The nominating agency's coordinator or the provider's withdraws a nomination. */
  @Transactional
  public EnrollmentView withdraw(Caller caller, long id, String ifMatch) {
    Enrollment enrollment = visible(caller, id);
    boolean mayWithdraw =
        caller.hasRole(Roles.TRAINING_COORDINATOR)
            && (access.isProvider(caller)
                || enrollment.nominatingAgency.equals(caller.agency().code()));
    if (!mayWithdraw) {
      throw ProblemException.forbidden(
          "Only the nominating agency's or the provider's coordinator may withdraw");
    }
    return release(caller, id, ifMatch, EnrollmentStatus.WITHDRAWN);
  }

  /** Frees the enrollment's seat, if it held one, for the next officer in line. */
  private EnrollmentView release(Caller caller, long id, String ifMatch, EnrollmentStatus outcome) {
    Enrollment enrollment = visible(caller, id);
    TrainingSession session = lockSession(enrollment.session.id);
    enrollments.getEntityManager().refresh(enrollment);
    Versions.checkIfMatch(ifMatch, enrollment.version);
    boolean mayRelease =
        outcome == EnrollmentStatus.REJECTED
            ? enrollment.status == EnrollmentStatus.NOMINATED
                || enrollment.status == EnrollmentStatus.WAITLISTED
            : enrollment.status.pending();
    if (!mayRelease) {
      throw ProblemException.conflict(
          "A nomination that is " + enrollment.status + " cannot become " + outcome);
    }
    if (session.status != SessionStatus.OPEN && session.status != SessionStatus.IN_PROGRESS) {
      throw ProblemException.conflict("The session is " + session.status + "; nothing can change");
    }
    boolean freedSeat = enrollment.status.seated();
    enrollment.status = outcome;
    if (freedSeat && session.status.takesNominations()) {
      enrollments
          .nextWaitlisted(session.id)
          .ifPresent(next -> next.status = EnrollmentStatus.NOMINATED);
    }
    enrollments.flush();
    return view(enrollment);
  }

  @Transactional
  public CompletionView complete(Caller caller, long id, String ifMatch, CompletionRequest body) {
    access.requireProviderCoordinator(caller);
    Enrollment enrollment = visible(caller, id);
    Versions.checkIfMatch(ifMatch, enrollment.version);
    TrainingSession session = enrollment.session;
    if (!session.status.recordsResults()) {
      throw ProblemException.conflict(
          "The session is " + session.status + "; results are recorded once it is IN_PROGRESS");
    }
    if (enrollment.status != EnrollmentStatus.ENROLLED) {
      throw ProblemException.conflict(
          "Only an ENROLLED officer gets a result; this one is " + enrollment.status);
    }
    CompletionPolicy.Assessment assessment =
        policy.assess(body.score(), attendance.daysAttended(enrollment.id), session.days());
    LocalDate today = config.today();
    enrollment.score = body.score();
    enrollment.completedOn = today;
    enrollment.status = assessment.passed() ? EnrollmentStatus.PASSED : EnrollmentStatus.FAILED;
    CertificationView issued = null;
    if (assessment.passed()) {
      Certification certification = new Certification();
      certification.officerId = enrollment.officer.id;
      certification.enrollmentId = enrollment.id;
      certification.agency = enrollment.officer.agency;
      certification.competency = session.course.competency;
      certification.issuedOn = today;
      certification.expiresOn =
          CompletionPolicy.expiresOn(today, session.course.certificateValidityMonths);
      certification.createdAt = Instant.now();
      certifications.persist(certification);
      issued = certification.toView();
    }
    enrollments.flush();
    return new CompletionView(
        enrollment.id,
        enrollment.status,
        body.score(),
        assessment.attendanceRate(),
        assessment.reasons(),
        issued,
        enrollment.version);
  }

  /** The enrollment if the caller's agency nominated it or is the provider; else 404. */
  Enrollment visible(Caller caller, long id) {
    return enrollments
        .findWithOfficerAndSession(id)
        .filter(e -> access.isProvider(caller) || e.nominatingAgency.equals(caller.agency().code()))
        .orElseThrow(() -> ProblemException.notFound("Enrollment"));
  }

  private void refuseIfIneligible(Officer officer, TrainingSession session) {
    List<Competency> required =
        session.course.prerequisites.stream().map(Competency::valueOf).toList();
    List<String> reasons =
        Eligibility.refusals(
            officer.vettingStatus,
            officer.vettingExpiresOn,
            session.endDate,
            required,
            required.isEmpty() ? List.of() : certifications.heldOn(officer.id, session.startDate));
    if (!reasons.isEmpty()) {
      throw ProblemException.conflict("The officer cannot be enrolled", reasons);
    }
  }

  private TrainingSession lockSession(long sessionId) {
    return sessions.lockForSeats(sessionId).orElseThrow(() -> ProblemException.notFound("Session"));
  }

  private EnrollmentView view(Enrollment e) {
    Integer position =
        e.status == EnrollmentStatus.WAITLISTED
            ? enrollments.waitlistPositions(e.session.id).get(e.id)
            : null;
    return e.toView(position);
  }
}
