package org.puente.removals.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.removals.api.AppealDecisionRequest;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.AppealView;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.OrderFinalityRequest;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.RemovalOrderView;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseStateMachine;
import org.puente.removals.cases.CaseTimeline;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.claims.ClaimRepository;
import org.puente.removals.claims.ProtectionClaim;
import org.puente.removals.rights.RightsRepository;
import org.puente.removals.screening.Screening;

/**
 * Removal orders, appeals, and the declaration that an order is final. Legal dates are counted in
 * the agency's time zone ({@link LegalCalendar}); who issued an order never decides the claim or
 * the appeal against it.
 */
@ApplicationScoped
public class OrderService {

  private final OrderRepository orders;
  private final ClaimRepository claims;
  private final RightsRepository rights;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final Idempotency idempotency;
  private final LegalCalendar calendar;
  private final EntityManager em;

  OrderService(
      OrderRepository orders,
      ClaimRepository claims,
      RightsRepository rights,
      CaseAccess access,
      CaseTimeline timeline,
      Idempotency idempotency,
      LegalCalendar calendar,
      EntityManager em) {
    this.orders = orders;
    this.claims = claims;
    this.rights = rights;
    this.access = access;
    this.timeline = timeline;
    this.idempotency = idempotency;
    this.calendar = calendar;
    this.em = em;
  }

  public RemovalOrderView get(Caller caller, long caseId) {
    CaseAccess.Readable readable = access.readable(caller, caseId);
    RemovalOrder o = order(caseId);
    access.logRead(caller, readable, "removal-order");
    return o.toView(orders.appeals(o.id));
  }

  @Transactional
  public Idempotency.Outcome<RemovalOrderView> issue(
      Caller caller, long caseId, String key, RemovalOrderRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/removal-order",
        body,
        RemovalOrderView.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          if (orders.forCase(caseId).isPresent()) {
            throw ProblemException.conflict("The case already has a removal order");
          }
          Optional<ProtectionClaim> claim = claims.latest(caseId);
          boolean claimDenied = claim.map(x -> x.status == ClaimStatus.DENIED).orElse(false);
          if (claims.decidedBy(caseId, caller.username())) {
            throw ProblemException.forbidden(
                "You decided the protection claim; another supervisor must issue the order");
          }
          List<String> reasons =
              OrderRules.issueRefusals(
                  rights.notified(caseId), latestScreening(caseId), claimDenied);
          if (!reasons.isEmpty()) {
            throw ProblemException.conflict("A removal order cannot be issued yet", reasons);
          }
          timeline.move(
              caller,
              c,
              CaseStatus.REMOVAL_ORDERED,
              CaseEventKind.ORDER_ISSUED,
              "Removal order issued: " + body.legalBasis().strip());
          RemovalOrder o = new RemovalOrder();
          o.caseId = caseId;
          o.legalBasis = body.legalBasis().strip();
          o.issuedOn = body.issuedOn();
          o.notifiedOn = body.notifiedOn();
          o.appealDeadline = body.appealDeadline();
          o.appealSuspensive = body.appealSuspensive();
          o.issuedBy = caller.username();
          orders.persist(o);
          return o.toView(List.of());
        });
  }

  /**
   * Records an appeal. One lodged after the deadline is refused unless a supervisor admits it out
   * of time with a reason. Only an appeal with suspensive effect stops removal: it moves the case
   * to APPEAL_PENDING; any other is recorded and leaves the case where it is.
   */
  @Transactional
  public Idempotency.Outcome<AppealView> appeal(
      Caller caller, long caseId, String key, AppealRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/removal-order/appeals",
        body,
        AppealView.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          RemovalOrder o = order(caseId);
          if (body.filedOn().isAfter(calendar.today())) {
            throw ProblemException.invalid("filedOn", "must not be in the future");
          }
          if (orders.appeals(o.id).stream().anyMatch(a -> a.status == AppealStatus.PENDING)) {
            throw ProblemException.conflict("An appeal against this order is already pending");
          }
          String outOfTime = blankToNull(body.outOfTimeReason());
          Optional<String> late = OrderRules.lateness(body.filedOn(), o.appealDeadline);
          if (late.isPresent() && outOfTime == null) {
            throw ProblemException.conflict(
                "The appeal is out of time: the deadline was " + o.appealDeadline,
                List.of(late.get()));
          }
          if (outOfTime != null && !caller.hasRole(Roles.SUPERVISOR)) {
            throw ProblemException.forbidden("Only a supervisor admits an appeal out of time");
          }
          if (outOfTime != null && late.isEmpty()) {
            throw ProblemException.invalid(
                "outOfTimeReason", "the appeal is in time; there is nothing to admit");
          }
          if (!CaseStateMachine.removable(c.status)) {
            throw ProblemException.conflict("The case is " + c.status + " and cannot be appealed");
          }
          String summary =
              (body.suspensive() ? "Appeal filed, with suspensive effect" : "Appeal filed")
                  + (outOfTime == null ? "" : "; admitted out of time: " + outOfTime);
          if (body.suspensive()) {
            timeline.move(
                caller, c, CaseStatus.APPEAL_PENDING, CaseEventKind.APPEAL_FILED, summary);
          } else {
            timeline.record(caller, caseId, CaseEventKind.APPEAL_FILED, summary);
          }
          Appeal a = new Appeal();
          a.orderId = o.id;
          a.filedOn = body.filedOn();
          a.grounds = body.grounds().strip();
          a.suspensive = body.suspensive();
          a.deadline = o.appealDeadline;
          a.orderIssuedBy = o.issuedBy;
          a.admittedOutOfTimeBy = outOfTime == null ? null : caller.username();
          a.outOfTimeReason = outOfTime;
          a.status = AppealStatus.PENDING;
          orders.persist(a);
          return a.toView();
        });
  }

  /**
   * Decides an appeal, by a supervisor other than the order's issuer. Allowed: the order falls and
   * the person is released. Dismissed: a suspensive appeal returns the case to REMOVAL_ORDERED (the
   * order must be declared final again); a non-suspensive one leaves it where it is.
   */
  @Transactional
  public AppealView decideAppeal(
      Caller caller, long caseId, long appealId, String ifMatch, AppealDecisionRequest body) {
    RemovalCase c = access.write(caller, caseId);
    RemovalOrder o = order(caseId);
    Appeal a = orders.appeal(o.id, appealId).orElseThrow(() -> ProblemException.notFound("Appeal"));
    Versions.checkIfMatch(ifMatch, a.version);
    if (a.status != AppealStatus.PENDING) {
      throw ProblemException.conflict("The appeal was already decided: " + a.status);
    }
    if (caller.username().equals(o.issuedBy)) {
      throw ProblemException.forbidden(
          "You issued the removal order; another supervisor must decide the appeal against it");
    }
    a.status = body.outcome();
    a.decidedOn = calendar.today();
    a.decidedAt = calendar.now();
    a.decidedBy = caller.username();
    a.decisionReason = body.reason().strip();
    String summary = "Appeal " + body.outcome().name().toLowerCase() + ": " + a.decisionReason;
    CaseStatus to =
        body.outcome() == AppealStatus.ALLOWED
            ? CaseStatus.RELEASED
            : a.suspensive ? CaseStatus.REMOVAL_ORDERED : null;
    if (to != null && CaseStateMachine.removable(c.status)) {
      timeline.move(caller, c, to, CaseEventKind.APPEAL_DECIDED, summary);
    } else {
      timeline.record(caller, caseId, CaseEventKind.APPEAL_DECIDED, summary);
    }
    orders.flush();
    return a.toView();
  }

  /**
   * Declares the order final: the case becomes ENFORCEABLE only once the appeal window has passed
   * in the agency's zone (or appeals do not suspend removal) and no suspensive appeal is pending.
   * Every reason is reported.
   */
  @Transactional
  public RemovalCase declareFinal(
      Caller caller, long caseId, String ifMatch, OrderFinalityRequest body) {
    RemovalCase c = access.write(caller, caseId);
    Versions.checkIfMatch(ifMatch, c.version);
    RemovalOrder o = order(caseId);
    List<String> reasons =
        new java.util.ArrayList<>(
            OrderRules.finalityRefusals(
                calendar.today(),
                o.appealDeadline,
                o.appealSuspensive,
                orders.appeals(o.id).stream()
                    .anyMatch(a -> a.status == AppealStatus.PENDING && a.suspensive)));
    if (c.status != CaseStatus.REMOVAL_ORDERED) {
      reasons.add("The case is " + c.status + ", not REMOVAL_ORDERED");
    }
    if (!reasons.isEmpty()) {
      throw ProblemException.conflict("The order is not final", reasons);
    }
    timeline.move(caller, c, CaseStatus.ENFORCEABLE, CaseEventKind.TRANSITION, body.reason());
    orders.flush();
    return c;
  }

  private Optional<OrderRules.ScreeningFact> latestScreening(long caseId) {
    return em.createQuery(
            "from Screening s where s.caseId = ?1 order by s.id desc", Screening.class)
        .setParameter(1, caseId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(s -> new OrderRules.ScreeningFact(s.id, s.needsConfirmation(), s.confirmedBy != null));
  }

  private RemovalOrder order(long caseId) {
    return orders.forCase(caseId).orElseThrow(() -> ProblemException.notFound("Removal order"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
