package org.puente.removals.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.removals.api.CareManifestEntry;
import org.puente.removals.api.MonitorAssignmentEnd;
import org.puente.removals.api.MonitorAssignmentRequest;
import org.puente.removals.api.MonitorAssignmentView;
import org.puente.removals.api.MonitorHandover;
import org.puente.removals.api.MonitorReportRequest;
import org.puente.removals.api.MonitorReportView;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.SeatStatus;
import org.puente.removals.audit.CaseReadLog;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseRepository;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.flags.FlagRepository;
import org.puente.removals.incidents.IncidentService;
import org.puente.removals.operations.ManifestSeat;
import org.puente.removals.operations.OperationAccess;
import org.puente.removals.operations.OperationRepository;
import org.puente.removals.operations.OperationService;
import org.puente.removals.operations.RemovalOperation;

/**
 * Independent monitors of an operation: the owning agency's supervisor names them (agency and user
 * name), they read what care on the flight requires (the care manifest) and file reports before,
 * during and after the flight. Assignment is the only way a monitor sees an operation ({@link
 * OperationAccess}).
 */
@ApplicationScoped
public class MonitoringService {

  private final MonitorRepository monitors;
  private final OperationAccess access;
  private final OperationService operationService;
  private final OperationRepository operations;
  private final CaseRepository cases;
  private final CaseAccess caseAccess;
  private final FlagRepository flags;
  private final IncidentService incidents;
  private final Idempotency idempotency;
  private final LegalCalendar calendar;
  private final CaseReadLog reads;

  MonitoringService(
      MonitorRepository monitors,
      OperationAccess access,
      OperationService operationService,
      OperationRepository operations,
      CaseRepository cases,
      CaseAccess caseAccess,
      FlagRepository flags,
      IncidentService incidents,
      Idempotency idempotency,
      LegalCalendar calendar,
      CaseReadLog reads) {
    this.monitors = monitors;
    this.access = access;
    this.operationService = operationService;
    this.operations = operations;
    this.cases = cases;
    this.caseAccess = caseAccess;
    this.flags = flags;
    this.incidents = incidents;
    this.idempotency = idempotency;
    this.calendar = calendar;
    this.reads = reads;
  }

  @Transactional
  public Idempotency.Outcome<MonitorAssignmentView> assign(
      Caller caller, long id, String key, MonitorAssignmentRequest body) {
    operationService.owned(caller, id);
    // One assignment decision per operation at a time: a second, concurrent naming of the same
    // monitor waits, then finds the first (409) rather than breaking the unique index.
    RemovalOperation o = operations.lock(id).orElseThrow(OperationAccess::notFound);
    if (o.status == OperationStatus.COMPLETED || o.status == OperationStatus.CANCELLED) {
      throw ProblemException.conflict(
          "The operation is " + o.status + "; monitors are named until it is closed");
    }
    return idempotency.once(
        caller,
        key,
        "POST /operations/" + id + "/monitors",
        body,
        MonitorAssignmentView.class,
        () -> {
          String username = body.username().strip();
          boolean already =
              monitors
                      .find(
                          "operationId = ?1 and agency = ?2 and username = ?3 and endedAt is null",
                          id,
                          body.agency().code(),
                          username)
                      .count()
                  > 0;
          if (already) {
            throw ProblemException.conflict(
                "That monitor is already named on the operation; end the assignment first");
          }
          MonitorAssignment a = new MonitorAssignment();
          a.operationId = id;
          a.agency = body.agency().code();
          a.username = username;
          a.organisation = body.organisation() == null ? null : body.organisation().strip();
          a.assignedBy = caller.username();
          a.assignedAt = Instant.now();
          monitors.persist(a);
          monitors.flush();
          return a.toView();
        });
  }

  /** The operation's monitors, for its staff and for the monitors named on it. */
  public Page<MonitorAssignmentView> list(Caller caller, long id, PageRequest page) {
    access.read(caller, id);
    return Page.of(monitors.page(id, page), page, a -> a.id, MonitorAssignment::toView);
  }

  @Transactional
  public MonitorAssignmentView end(
      Caller caller, long id, long assignmentId, String ifMatch, MonitorAssignmentEnd body) {
    operationService.owned(caller, id);
    MonitorAssignment a =
        monitors
            .findByIdOptional(assignmentId)
            .filter(found -> found.operationId == id)
            .orElseThrow(() -> ProblemException.notFound("Monitor assignment"));
    Versions.checkIfMatch(ifMatch, a.version);
    if (!a.active()) {
      throw ProblemException.conflict("The assignment ended already");
    }
    a.endedAt = Instant.now();
    a.endedBy = caller.username();
    a.endReason = body.reason().strip();
    monitors.flush();
    return a.toView();
  }

  /**
   * Who is seated, with what care requires: name, age, sex, languages and open vulnerability flags.
   * No screening notes, no documents. Personal data: never to US-DOS; every person shown is logged
   * as read (the monitor's or the staff member's read).
   */
  public Page<CareManifestEntry> careManifest(Caller caller, long id, PageRequest page) {
    caseAccess.requireMayReceivePersonalData(caller);
    access.read(caller, id);
    // Keyset over all seats: dropped ones are left out of the answer, not out of the cursor.
    Page<ManifestSeat> paged = Page.of(operations.seats(id, page), page, s -> s.id, s -> s);
    List<Long> seated =
        paged.items().stream()
            .filter(s -> s.status == SeatStatus.SEATED)
            .map(s -> s.caseId)
            .toList();
    Map<Long, RemovalCase> byId =
        seated.isEmpty()
            ? Map.of()
            : cases.list("id in ?1", seated).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
    LocalDate today = calendar.today();
    List<CareManifestEntry> entries = new ArrayList<>();
    for (ManifestSeat s : paged.items()) {
      RemovalCase c = byId.get(s.caseId);
      if (s.status != SeatStatus.SEATED || c == null) {
        continue;
      }
      entries.add(
          new CareManifestEntry(
              s.id,
              c.id,
              c.givenNames,
              c.familyNames,
              c.dateOfBirth == null ? null : Period.between(c.dateOfBirth, today).getYears(),
              c.sex,
              List.copyOf(c.languages),
              flags.openTypes(c.id).stream().sorted().toList()));
    }
    reads.record(
        caller,
        entries.stream().map(CareManifestEntry::caseId).toList(),
        "care manifest of operation " + id);
    return new Page<>(entries, paged.nextCursor());
  }

  @Transactional
  public Idempotency.Outcome<MonitorReportView> file(
      Caller caller, long id, String key, MonitorReportRequest body) {
    RemovalOperation o = access.monitored(caller, id);
    if (o.status == OperationStatus.CANCELLED) {
      throw ProblemException.conflict("The operation was cancelled; there is nothing to monitor");
    }
    List<MonitorHandover> handovers = body.handovers() == null ? List.of() : body.handovers();
    List<Long> named = handovers.stream().map(MonitorHandover::caseId).toList();
    if (named.stream().distinct().count() != named.size()) {
      throw ProblemException.invalid("handovers", "names a person more than once");
    }
    incidents.requireOnManifest(o, named, "handovers");
    return idempotency.once(
        caller,
        key,
        "POST /operations/" + id + "/monitor-reports",
        body,
        MonitorReportView.class,
        () -> {
          MonitorReport r = new MonitorReport();
          r.operationId = id;
          r.phase = body.phase();
          r.conditions = body.conditions().strip();
          r.restraintsUsed = body.restraintsUsed();
          r.restraintDetails = blank(body.restraintDetails()) ? null : body.restraintDetails();
          r.medicalNeeds = blank(body.medicalNeeds()) ? null : body.medicalNeeds();
          r.handovers = new ArrayList<>(handovers);
          r.filedBy = caller.username();
          r.filedByAgency = caller.agency().code();
          r.filedAt = Instant.now();
          monitors.add(r);
          monitors.flush();
          return r.toView();
        });
  }

  /**
   * The reports: for the monitors named on the operation and the owning agency's supervisors,
   * auditors and admins. They name people by case id and tell of their needs: never to US-DOS. The
   * reads of the people named are logged.
   */
  public Page<MonitorReportView> reports(Caller caller, long id, PageRequest page) {
    caseAccess.requireMayReceivePersonalData(caller);
    RemovalOperation o = access.find(id);
    boolean own =
        caller.agency().code().equals(o.owningAgency)
            && (caller.hasRole(Roles.SUPERVISOR)
                || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.ADMIN));
    if (!own && !access.isAssignedMonitor(caller, o)) {
      throw OperationAccess.notFound();
    }
    Page<MonitorReportView> result =
        Page.of(monitors.reports(id, page), page, r -> r.id, MonitorReport::toView);
    // The people the reports name, by their handovers.
    reads.record(
        caller,
        result.items().stream()
            .flatMap(r -> r.handovers().stream())
            .map(MonitorHandover::caseId)
            .toList(),
        "monitor reports of operation " + id);
    return result;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
