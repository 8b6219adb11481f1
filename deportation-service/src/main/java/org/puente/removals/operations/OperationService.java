package org.puente.removals.operations;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.puente.common.security.Roles;
import org.puente.removals.HomeAgency;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.OperationFundingRequest;
import org.puente.removals.api.OperationObligation;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.OperationView;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.monitoring.MonitorRepository;
import org.puente.removals.training.CertificationClient;

/**
 * Planning operations, their funding and escorts. Seats are {@link ManifestService}, incidents
 * {@code incidents.IncidentService}, monitors {@code monitoring.MonitoringService}.
 */
@ApplicationScoped
public class OperationService {

  private final OperationRepository operations;
  private final CertificationClient certifications;
  private final Idempotency idempotency;
  private final OperationFunding funding;
  private final LegalCalendar calendar;

  private final HomeAgency home;
  private final OperationAccess access;
  private final MonitorRepository monitors;

  OperationService(
      OperationRepository operations,
      CertificationClient certifications,
      Idempotency idempotency,
      OperationFunding funding,
      LegalCalendar calendar,
      HomeAgency home,
      OperationAccess access,
      MonitorRepository monitors) {
    this.home = home;
    this.access = access;
    this.monitors = monitors;
    this.calendar = calendar;
    this.operations = operations;
    this.certifications = certifications;
    this.idempotency = idempotency;
    this.funding = funding;
  }

  /**
   * The agency's operations for its staff; for a monitor (who is not staff), only the operations
   * they are named on.
   */
  public Page<OperationView> list(Caller caller, OperationStatus status, PageRequest page) {
    List<RemovalOperation> rows =
        OperationAccess.isStaff(caller)
            ? operations.page(caller.agency().code(), status, page)
            : monitored(caller, status, page);
    List<Long> ids = rows.stream().map(o -> o.id).toList();
    Map<Long, Integer> taken = operations.seatsTaken(ids);
    Map<Long, List<Long>> escorts = operations.escorts(ids);
    return Page.of(
        rows,
        page,
        o -> o.id,
        o -> o.toView(taken.getOrDefault(o.id, 0), escorts.getOrDefault(o.id, List.of())));
  }

  private List<RemovalOperation> monitored(
      Caller caller, OperationStatus status, PageRequest page) {
    if (!caller.hasRole(Roles.MONITOR)) {
      return List.of();
    }
    List<Long> ids = monitors.operationsOf(caller, page);
    if (ids.isEmpty()) {
      return List.of();
    }
    // The cursor and limit are over the assignments; a status filter may leave a short page.
    return operations.list("id in ?1 order by id", ids).stream()
        .filter(o -> status == null || o.status == status)
        .toList();
  }

  /** The operation, for its own staff or a monitor named on it; otherwise 404. */
  public OperationView get(Caller caller, long id) {
    return view(access.read(caller, id));
  }

  @Transactional
  public Idempotency.Outcome<OperationView> plan(
      Caller caller, String key, OperationPlanRequest body) {
    home.requireOwnStaff(caller, "Removal operations");
    return idempotency.once(
        caller,
        key,
        "POST /operations",
        body,
        OperationView.class,
        () -> {
          RemovalOperation o = new RemovalOperation();
          o.owningAgency = caller.agency().code();
          o.kind = body.kind();
          o.destinationCountry = body.destinationCountry();
          o.destinationAirport = body.destinationAirport();
          o.departureAt = body.departureAt();
          o.seats = body.seats();
          o.monitors = new ArrayList<>(body.monitors() == null ? List.of() : body.monitors());
          if (body.costEstimate() != null) {
            o.costAmount = body.costEstimate().amount();
            o.costCurrency = body.costEstimate().currency();
          }
          o.status = OperationStatus.PLANNED;
          o.createdBy = caller.username();
          o.createdAt = Instant.now();
          operations.persist(o);
          if (body.budgetLineId() != null) {
            funding.request(o, body.budgetLineId());
          }
          return o.toView(0, List.of());
        });
  }

  /**
   * Asks funding-service (again) for the cost, e.g. once a refusal for lack of funds is resolved:
   * the operation is FUNDING_PENDING until it answers.
   */
  @Transactional
  public OperationView requestFunding(
      Caller caller, long id, String ifMatch, OperationFundingRequest body) {
    RemovalOperation o = owned(caller, id);
    Versions.checkIfMatch(ifMatch, o.version);
    if (o.status != OperationStatus.PLANNED) {
      throw ProblemException.conflict(
          "The operation is " + o.status + "; funding is requested only while it is PLANNED");
    }
    if (o.costAmount == null) {
      throw ProblemException.conflict("The operation has no cost estimate to fund");
    }
    funding.request(o, body.budgetLineId());
    operations.flush();
    return view(o);
  }

  /**
   * Records an obligation made in funding-service by hand (outside Puente's own request): the
   * operation becomes FUNDED. Puente does not return or spend such funds by itself. funding-service
   * is asked whether it made that obligation for this operation with no transaction open; the
   * operation is then locked and checked again before it is written.
   */
  public OperationView recordFunding(
      Caller caller, long id, String ifMatch, OperationObligation body) {
    RemovalOperation seen =
        QuarkusTransaction.requiringNew().call(() -> fundableByHand(caller, id, ifMatch));
    funding.requireObligationFor(seen, body.obligationId());
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              RemovalOperation o =
                  operations
                      .lock(id)
                      .filter(found -> found.owningAgency.equals(caller.agency().code()))
                      .orElseThrow(() -> ProblemException.notFound("Operation"));
              fundableByHand(o, ifMatch);
              move(o, OperationStatus.FUNDED, "Funded by obligation " + body.obligationId());
              o.fundingObligationId = body.obligationId();
              operations.flush();
              return view(o);
            });
  }

  private RemovalOperation fundableByHand(Caller caller, long id, String ifMatch) {
    RemovalOperation o = owned(caller, id);
    fundableByHand(o, ifMatch);
    return o;
  }

  private static void fundableByHand(RemovalOperation o, String ifMatch) {
    Versions.checkIfMatch(ifMatch, o.version);
    if (o.status != OperationStatus.PLANNED) {
      throw ProblemException.conflict(
          "The operation is " + o.status + "; only a PLANNED operation is funded by hand");
    }
  }

  /**
   * Adds an escort, who must hold a valid REMOVAL_ESCORT certification on the departure date.
   * training-service is asked first, with no transaction open and no connection held (the question
   * may take seconds with its retries); only then is the operation locked and read again, and the
   * escort written if what the answer was about (the operation, its departure date) still holds.
   * When training-service cannot answer, nothing is written (503).
   */
  public OperationView addEscort(Caller caller, long id, EscortRequest body) {
    LocalDate departure =
        QuarkusTransaction.requiringNew()
            .call(() -> escortDate(owned(caller, id), body.officerId()));
    long certification =
        certifications.requireCertified(
            body.officerId(),
            CertificationClient.Competency.REMOVAL_ESCORT,
            departure,
            "the escort");
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              RemovalOperation o =
                  operations
                      .lock(id)
                      .filter(found -> found.owningAgency.equals(caller.agency().code()))
                      .orElseThrow(() -> ProblemException.notFound("Operation"));
              if (!escortDate(o, body.officerId()).equals(departure)) {
                throw ProblemException.conflict(
                    "The departure date changed while the escort's certification was checked;"
                        + " try again");
              }
              OperationEscort e = new OperationEscort();
              e.operationId = id;
              e.officerId = body.officerId();
              e.certificationId = certification;
              e.addedBy = caller.username();
              e.addedAt = Instant.now();
              operations.add(e);
              operations.flush();
              return view(o);
            });
  }

  /** The departure date an escort is certified for, or 409 when the escort cannot be added. */
  private LocalDate escortDate(RemovalOperation o, long officerId) {
    if (o.status == OperationStatus.DEPARTED
        || o.status == OperationStatus.COMPLETED
        || o.status == OperationStatus.CANCELLED) {
      throw ProblemException.conflict(
          "The operation is " + o.status + "; escorts can no longer change");
    }
    if (operations.escorts(List.of(o.id)).getOrDefault(o.id, List.of()).contains(officerId)) {
      throw ProblemException.conflict("The officer already escorts this operation");
    }
    return calendar.dateOf(o.departureAt);
  }

  /** The operation if the caller's agency runs it; otherwise 404. */
  public RemovalOperation owned(Caller caller, long id) {
    return operations
        .findByIdOptional(id)
        .filter(o -> o.owningAgency.equals(caller.agency().code()))
        .orElseThrow(() -> ProblemException.notFound("Operation"));
  }

  static void move(RemovalOperation o, OperationStatus to, String reason) {
    if (!o.status.canMoveTo(to)) {
      throw ProblemException.conflict(
          "An operation that is "
              + o.status
              + " cannot become "
              + to
              + "; it may become "
              + o.status.next());
    }
    o.status = to;
    o.statusReason = reason;
  }

  OperationView view(RemovalOperation o) {
    return o.toView(
        operations.seatsTaken(List.of(o.id)).getOrDefault(o.id, 0),
        operations.escorts(List.of(o.id)).getOrDefault(o.id, List.of()));
  }
}
