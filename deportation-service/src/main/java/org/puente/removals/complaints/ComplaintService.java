package org.puente.removals.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintRequest;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.api.ComplaintTransitionRequest;
import org.puente.removals.api.ComplaintView;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.operations.OperationRepository;

/**
 * Complaints are the owning agency's records, with personal data: its staff read them all; a
 * monitor (of any agency) records complaints and reads only those they recorded; nobody else reads
 * them. Deadlines are counted in working days of the agency's calendar from the day received.
 */
@ApplicationScoped
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final OperationRepository operations;
  private final CaseAccess cases;
  private final LegalCalendar calendar;
  private final RemovalsConfig config;
  private final Idempotency idempotency;

  ComplaintService(
      ComplaintRepository complaints,
      OperationRepository operations,
      CaseAccess cases,
      LegalCalendar calendar,
      RemovalsConfig config,
      Idempotency idempotency) {
    this.complaints = complaints;
    this.operations = operations;
    this.cases = cases;
    this.calendar = calendar;
    this.config = config;
    this.idempotency = idempotency;
  }

  @Transactional
  public Idempotency.Outcome<ComplaintView> file(Caller caller, String key, ComplaintRequest body) {
    boolean staff = ownStaff(caller) && !readOnly(caller);
    if (!staff && !caller.hasRole(Roles.MONITOR)) {
      throw ProblemException.forbidden(
          "Complaints are recorded by "
              + config.home()
              + "'s case officers and supervisors, or by a monitor");
    }
    LocalDate today = calendar.today();
    if (body.receivedOn().isAfter(today)) {
      throw ProblemException.invalid("receivedOn", "must not be in the future");
    }
    if (!body.onBehalf() && body.relationship() != null && !body.relationship().isBlank()) {
      throw ProblemException.invalid("relationship", "is given only for a complaint on behalf");
    }
    return idempotency.once(
        caller,
        key,
        "POST /complaints",
        body,
        ComplaintView.class,
        () -> {
          if (body.caseId() != null) {
            if (caller.agency() != config.home()) {
              throw ProblemException.forbidden(
                  "A monitor of another agency links a complaint to its operation, not to a"
                      + " case: case records stay with "
                      + config.home());
            }
            cases.read(caller, body.caseId(), "complaint");
          }
          if (body.operationId() != null) {
            operations
                .findByIdOptional(body.operationId())
                .filter(o -> config.home().code().equals(o.owningAgency))
                .orElseThrow(() -> ProblemException.notFound("Operation"));
          }
          Complaint c = new Complaint();
          c.owningAgency = config.home().code();
          c.caseId = body.caseId();
          c.operationId = body.operationId();
          c.complainant = body.complainant().strip();
          c.onBehalf = body.onBehalf();
          c.relationship =
              body.relationship() == null || body.relationship().isBlank()
                  ? null
                  : body.relationship().strip();
          c.channel = body.channel();
          c.category = body.category();
          c.receivedOn = body.receivedOn();
          c.summary = body.summary().strip();
          c.status = ComplaintStatus.RECEIVED;
          c.acknowledgeBy =
              calendar.plusWorkingDays(
                  body.receivedOn(), config.complaints().acknowledgeWorkingDays());
          c.decideBy =
              calendar.plusWorkingDays(body.receivedOn(), config.complaints().decideWorkingDays());
          c.recordedBy = caller.username();
          c.recordedByAgency = caller.agency().code();
          c.recordedAt = calendar.now();
          complaints.persist(c);
          complaints.flush();
          return c.toView(today);
        });
  }

  public Page<ComplaintView> list(
      Caller caller,
      ComplaintStatus status,
      ComplaintCategory category,
      boolean overdue,
      PageRequest page) {
    boolean staff = ownStaff(caller);
    if (!staff && !caller.hasRole(Roles.MONITOR)) {
      throw refused();
    }
    LocalDate today = calendar.today();
    ComplaintRepository.Filter filter =
        new ComplaintRepository.Filter(
            config.home().code(),
            staff ? null : caller.agency().code(),
            staff ? null : caller.username(),
            status,
            category,
            overdue,
            today);
    return Page.of(complaints.page(filter, page), page, c -> c.id, c -> c.toView(today));
  }

  public ComplaintView get(Caller caller, long id) {
    return find(caller, id).toView(calendar.today());
  }

  /** The next step, by the agency's case officers and supervisors; a decision by a supervisor. */
  @Transactional
  public ComplaintView transition(
      Caller caller, long id, String ifMatch, ComplaintTransitionRequest body) {
    Complaint c = find(caller, id);
    if (!ownStaff(caller) || readOnly(caller)) {
      throw ProblemException.forbidden(
          "A complaint is handled by " + config.home() + "'s case officers and supervisors");
    }
    if (body.status() == ComplaintStatus.DECIDED && !caller.hasRole(Roles.SUPERVISOR)) {
      throw ProblemException.forbidden("A complaint is decided by a supervisor");
    }
    Versions.checkIfMatch(ifMatch, c.version);
    ComplaintRules.refusal(c.status, body.status(), body.outcome(), body.decision())
        .ifPresent(
            reason -> {
              throw ProblemException.conflict(reason);
            });
    LocalDate today = calendar.today();
    if (body.status() == ComplaintStatus.ACKNOWLEDGED) {
      c.acknowledgedOn = today;
    }
    if (body.status() == ComplaintStatus.DECIDED) {
      c.outcome = body.outcome();
      c.decision = body.decision().strip();
      c.decidedOn = today;
    }
    c.status = body.status();
    complaints.flush();
    return c.toView(today);
  }

  /**
   * The complaint for this caller: staff of the owning agency see every one, a monitor those they
   * recorded (404 for the others: they do not exist for them); anyone else is refused.
   */
  private Complaint find(Caller caller, long id) {
    boolean staff = ownStaff(caller);
    if (!staff && !caller.hasRole(Roles.MONITOR)) {
      throw refused();
    }
    return complaints
        .findByIdOptional(id)
        .filter(c -> c.owningAgency.equals(config.home().code()))
        .filter(
            c ->
                staff
                    || (c.recordedBy.equals(caller.username())
                        && c.recordedByAgency.equals(caller.agency().code())))
        .orElseThrow(() -> ProblemException.notFound("Complaint"));
  }

  /** Whether the caller is the home agency's staff who handle or oversee complaints. */
  private boolean ownStaff(Caller caller) {
    return caller.agency() == config.home()
        && (caller.hasRole(Roles.CASE_OFFICER)
            || caller.hasRole(Roles.SUPERVISOR)
            || caller.hasRole(Roles.AUDITOR)
            || caller.hasRole(Roles.ADMIN));
  }

  /** Auditors and admins read complaints; they do not record or handle them. */
  private static boolean readOnly(Caller caller) {
    return !caller.hasRole(Roles.CASE_OFFICER) && !caller.hasRole(Roles.SUPERVISOR);
  }

  private ProblemException refused() {
    return ProblemException.forbidden(
        "Complaints carry personal data and are kept by "
            + config.home()
            + ": only its staff, and the monitor who recorded one, read them");
  }
}
