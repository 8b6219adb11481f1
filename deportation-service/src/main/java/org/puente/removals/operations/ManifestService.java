package org.puente.removals.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.puente.common.concurrency.Versions;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.GateRefusal;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.OperationView;
import org.puente.removals.api.SeatDropRequest;
import org.puente.removals.api.SeatRequest;
import org.puente.removals.api.SeatStatus;
import org.puente.removals.api.SeatView;
import org.puente.removals.audit.CaseReadLog;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseRepository;
import org.puente.removals.cases.CaseTimeline;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.gate.EnforceabilityService;

/**
 * The manifest: who is on the flight. Adding a person runs the gate; freezing and departing run it
 * again for every seat, because a person's situation can change (a claim, an appeal, a flag) after
 * they were seated. Seat decisions lock the operation's row, so seats are never exceeded.
 */
@ApplicationScoped
public class ManifestService {

  private final OperationRepository operations;
  private final OperationService operationService;
  private final CaseRepository cases;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final EnforceabilityService gate;
  private final OperationFunding funding;
  private final LegalCalendar calendar;
  private final CaseReadLog reads;

  ManifestService(
      OperationRepository operations,
      OperationService operationService,
      CaseRepository cases,
      CaseAccess access,
      CaseTimeline timeline,
      EnforceabilityService gate,
      OperationFunding funding,
      LegalCalendar calendar,
      CaseReadLog reads) {
    this.calendar = calendar;
    this.reads = reads;
    this.operations = operations;
    this.operationService = operationService;
    this.cases = cases;
    this.access = access;
    this.timeline = timeline;
    this.gate = gate;
    this.funding = funding;
  }

  public Page<SeatView> list(Caller caller, long operationId, PageRequest page) {
    access.requireMayReceivePersonalData(caller);
    RemovalOperation o = operationService.owned(caller, operationId);
    Set<Long> seated = seatedCases(o.id);
    List<ManifestSeat> seats = operations.seats(operationId, page);
    List<Long> seatedHere =
        seats.stream().filter(s -> s.status == SeatStatus.SEATED).map(s -> s.caseId).toList();
    Map<Long, List<Long>> missing =
        seatedHere.isEmpty()
            ? Map.of()
            : gate.relativesMissing(cases.list("id in ?1", seatedHere), seated);
    Page<SeatView> result =
        Page.of(
            seats,
            page,
            s -> s.id,
            s ->
                s.toView(
                    s.status == SeatStatus.SEATED
                        ? missing.getOrDefault(s.caseId, List.of())
                        : List.of()));
    // Every person shown: seated or dropped (with the reason), and the relatives named as missing.
    reads.record(
        caller,
        result.items().stream()
            .flatMap(s -> Stream.concat(Stream.of(s.caseId()), s.relativesNotSeated().stream()))
            .toList(),
        "manifest of operation " + operationId);
    return result;
  }

  /** Seats a case: 409 with every failing safeguard, or when the flight is full. */
  @Transactional
  public SeatView add(Caller caller, long operationId, SeatRequest body) {
    access.requireMayReceivePersonalData(caller);
    RemovalOperation o = lockOwned(caller, operationId);
    if (!o.status.manifestOpen()) {
      throw ProblemException.conflict("The operation is " + o.status + "; its manifest is closed");
    }
    operations.lockCases(List.of(body.caseId()));
    RemovalCase c = access.write(caller, body.caseId());
    operations
        .seatOf(c.id)
        .ifPresent(
            s -> {
              throw ProblemException.conflict(
                  "The person already holds a seat on operation " + s.operationId);
            });
    Set<Long> onFlight = seatedCases(operationId);
    EnforceabilityView verdict =
        gate.evaluate(c, o.destinationCountry, departure(o), onFlight, false);
    if (!verdict.enforceable()) {
      throw ProblemException.conflict(
          "The person may not be put on this flight",
          verdict.reasons().stream().map(r -> r.code() + ": " + r.message()).toList());
    }
    int taken = operations.seated(operationId).size();
    if (taken >= o.seats) {
      throw ProblemException.conflict(
          "The flight is full: " + taken + " of " + o.seats + " seats taken");
    }
    ManifestSeat seat = new ManifestSeat();
    seat.operationId = operationId;
    seat.caseId = c.id;
    seat.status = SeatStatus.SEATED;
    seat.addedBy = caller.username();
    seat.addedAt = Instant.now();
    operations.add(seat);
    timeline.move(
        caller,
        c,
        CaseStatus.MANIFESTED,
        CaseEventKind.MANIFESTED,
        "Seated on operation " + operationId);
    operations.flush();
    return seat.toView(gate.relativesMissing(c, onFlight));
  }

  @Transactional
  public SeatView drop(Caller caller, long operationId, long caseId, SeatDropRequest body) {
    access.requireMayReceivePersonalData(caller);
    RemovalOperation o = lockOwned(caller, operationId);
    if (o.status == OperationStatus.DEPARTED || o.status == OperationStatus.COMPLETED) {
      throw ProblemException.conflict("The operation is " + o.status + "; its manifest is final");
    }
    ManifestSeat seat =
        operations.seated(operationId).stream()
            .filter(s -> s.caseId == caseId)
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("Seat"));
    dropSeat(caller, seat, body.reason());
    operations.flush();
    return seat.toView();
  }

  @Transactional
  public OperationView freeze(
      Caller caller, long operationId, String ifMatch, ManifestRecheck body) {
    RemovalOperation o = lockOwned(caller, operationId);
    Versions.checkIfMatch(ifMatch, o.version);
    if (!o.status.canMoveTo(OperationStatus.MANIFEST_FROZEN)) {
      throw ProblemException.conflict(
          "The operation is " + o.status + "; only a FUNDED operation's manifest is frozen");
    }
    recheck(caller, o, body.drop(), "freeze");
    OperationService.move(o, OperationStatus.MANIFEST_FROZEN, "Manifest frozen");
    operations.flush();
    return operationService.view(o);
  }

  @Transactional
  public OperationView depart(
      Caller caller, long operationId, String ifMatch, ManifestRecheck body) {
    RemovalOperation o = lockOwned(caller, operationId);
    Versions.checkIfMatch(ifMatch, o.version);
    if (!o.status.canMoveTo(OperationStatus.DEPARTED)) {
      throw ProblemException.conflict(
          "The operation is " + o.status + "; only a frozen manifest departs");
    }
    if (operations.escorts(List.of(operationId)).getOrDefault(operationId, List.of()).isEmpty()) {
      throw ProblemException.conflict("No certified escort is assigned to the operation");
    }
    recheck(caller, o, body.drop(), "departure");
    OperationService.move(o, OperationStatus.DEPARTED, "Departed");
    operations.flush();
    return operationService.view(o);
  }

  /**
   * Completes the flight (everyone seated is removed) or cancels it (everyone is released from it).
   */
  @Transactional
  public OperationView close(
      Caller caller, long operationId, String ifMatch, OperationClosure body) {
    RemovalOperation o = lockOwned(caller, operationId);
    Versions.checkIfMatch(ifMatch, o.version);
    if (body.status() != OperationStatus.COMPLETED && body.status() != OperationStatus.CANCELLED) {
      throw ProblemException.invalid("status", "must be COMPLETED or CANCELLED");
    }
    boolean completing = body.status() == OperationStatus.COMPLETED;
    if (completing && body.actualCost() == null && o.fundedThroughPuente()) {
      throw ProblemException.invalid(
          "actualCost", "is required to complete an operation funded through Puente");
    }
    if (!completing && body.actualCost() != null) {
      throw ProblemException.invalid("actualCost", "is only given when completing");
    }
    OperationService.move(o, body.status(), body.reason().strip());
    if (completing) {
      if (body.actualCost() != null) {
        o.actualCostAmount = body.actualCost().amount();
        o.actualCostCurrency = body.actualCost().currency();
      }
      // Everyone seated is removed: the output the actual cost bought, counted.
      funding.completed(o, operations.seated(operationId).size());
    } else {
      funding.cancelled(o, body.reason().strip());
    }
    for (ManifestSeat seat : operations.seated(operationId)) {
      if (body.status() == OperationStatus.COMPLETED) {
        RemovalCase c = cases.findById(seat.caseId);
        // The day the flight left: its planned day, unless it left earlier than planned (a flight
        // recorded as completed cannot have left after today).
        LocalDate planned = calendar.dateOf(o.departureAt);
        c.removedOn = planned.isAfter(calendar.today()) ? calendar.today() : planned;
        timeline.move(
            caller,
            c,
            CaseStatus.REMOVED,
            CaseEventKind.REMOVED,
            "Removed to " + o.destinationCountry + " on operation " + o.id);
      } else {
        dropSeat(caller, seat, "Operation cancelled: " + body.reason().strip());
      }
    }
    operations.flush();
    return operationService.view(o);
  }

  /**
   * Re-runs the gate on every seat, with the family looked at on the whole manifest; refuses with
   * every failure, or drops the failing seats. The seated cases are locked first (in id order), so
   * a claim, appeal or flag recorded meanwhile is either seen here or recorded after this step.
   * Dropping a seat can make another fail (a child left without an adult, a family apart), so the
   * gate runs again on the rest until every remaining seat passes.
   */
  private void recheck(Caller caller, RemovalOperation o, boolean dropFailing, String step) {
    List<ManifestSeat> seats = operations.seated(o.id);
    operations.lockCases(seats.stream().map(s -> s.caseId).toList());
    while (true) {
      Set<Long> onFlight = seats.stream().map(s -> s.caseId).collect(Collectors.toSet());
      Map<ManifestSeat, List<GateRefusal>> failing = new LinkedHashMap<>();
      for (ManifestSeat seat : seats) {
        EnforceabilityView verdict =
            gate.evaluate(
                cases.findById(seat.caseId), o.destinationCountry, departure(o), onFlight, true);
        if (!verdict.enforceable()) {
          failing.put(seat, verdict.reasons());
        }
      }
      if (failing.isEmpty()) {
        return;
      }
      if (!dropFailing) {
        List<String> reasons = new ArrayList<>();
        failing.forEach(
            (seat, refusals) ->
                refusals.forEach(
                    r ->
                        reasons.add("Case " + seat.caseId + ": " + r.code() + ": " + r.message())));
        throw ProblemException.conflict(
            failing.size()
                + " seated person(s) may no longer be removed; the "
                + step
                + " was refused (send dropFailing=true to drop them with these reasons)",
            reasons);
      }
      failing.forEach(
          (seat, refusals) ->
              dropSeat(
                  caller,
                  seat,
                  "Gate failed at "
                      + step
                      + ": "
                      + refusals.stream()
                          .map(r -> r.code().name())
                          .collect(Collectors.joining(", "))));
      seats = seats.stream().filter(s -> !failing.containsKey(s)).toList();
    }
  }

  private Set<Long> seatedCases(long operationId) {
    return operations.seated(operationId).stream().map(s -> s.caseId).collect(Collectors.toSet());
  }

  private void dropSeat(Caller caller, ManifestSeat seat, String reason) {
    seat.status = SeatStatus.DROPPED;
    seat.droppedAt = Instant.now();
    seat.dropReason = reason;
    RemovalCase c = cases.findById(seat.caseId);
    if (c.status == CaseStatus.MANIFESTED) {
      timeline.move(caller, c, CaseStatus.ENFORCEABLE, CaseEventKind.DROPPED_FROM_MANIFEST, reason);
    } else {
      timeline.record(caller, c.id, CaseEventKind.DROPPED_FROM_MANIFEST, reason);
    }
  }

  private RemovalOperation lockOwned(Caller caller, long id) {
    return operations
        .lock(id)
        .filter(o -> o.owningAgency.equals(caller.agency().code()))
        .orElseThrow(() -> ProblemException.notFound("Operation"));
  }

  private LocalDate departure(RemovalOperation o) {
    return calendar.dateOf(o.departureAt);
  }
}
