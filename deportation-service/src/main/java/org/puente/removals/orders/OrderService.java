package org.puente.removals.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.CaseEvent;
import org.puente.removals.cases.CaseStatus;
import org.puente.removals.cases.CaseTimeline;
import org.puente.removals.cases.RemovalCase;

/** Removal orders, appeals, and the declaration that an order is final. */
@ApplicationScoped
public class OrderService {

  private final OrderRepository orders;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final Idempotency idempotency;

  OrderService(
      OrderRepository orders, CaseAccess access, CaseTimeline timeline, Idempotency idempotency) {
    this.orders = orders;
    this.access = access;
    this.timeline = timeline;
    this.idempotency = idempotency;
  }

  public OrderApi.View get(Caller caller, long caseId) {
    access.read(caller, caseId, "removal-order");
    RemovalOrder o = order(caseId);
    return OrderApi.View.of(o, orders.appeals(o.id));
  }

  @Transactional
  public Idempotency.Outcome<OrderApi.View> issue(
      Caller caller, long caseId, String key, OrderApi.Issue body) {
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/removal-order",
        body,
        OrderApi.View.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          if (orders.forCase(caseId).isPresent()) {
            throw ProblemException.conflict("The case already has a removal order");
          }
          timeline.move(
              caller,
              c,
              CaseStatus.REMOVAL_ORDERED,
              CaseEvent.Kind.ORDER_ISSUED,
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
          return OrderApi.View.of(o, List.of());
        });
  }

  @Transactional
  public Idempotency.Outcome<OrderApi.AppealView> appeal(
      Caller caller, long caseId, String key, OrderApi.FileAppeal body) {
    return idempotency.once(
        caller,
        key,
        "POST /cases/" + caseId + "/removal-order/appeals",
        body,
        OrderApi.AppealView.class,
        () -> {
          RemovalCase c = access.write(caller, caseId);
          RemovalOrder o = order(caseId);
          if (orders.appeals(o.id).stream().anyMatch(a -> a.status == Appeal.Status.PENDING)) {
            throw ProblemException.conflict("An appeal against this order is already pending");
          }
          timeline.move(
              caller,
              c,
              CaseStatus.APPEAL_PENDING,
              CaseEvent.Kind.APPEAL_FILED,
              body.suspensive() ? "Appeal filed, with suspensive effect" : "Appeal filed");
          Appeal a = new Appeal();
          a.orderId = o.id;
          a.filedOn = body.filedOn();
          a.grounds = body.grounds().strip();
          a.suspensive = body.suspensive();
          a.status = Appeal.Status.PENDING;
          orders.persist(a);
          return OrderApi.AppealView.of(a);
        });
  }

  /** A dismissed appeal returns the case to REMOVAL_ORDERED; an allowed one releases the person. */
  @Transactional
  public OrderApi.AppealView decideAppeal(
      Caller caller, long caseId, long appealId, String ifMatch, OrderApi.DecideAppeal body) {
    RemovalCase c = access.write(caller, caseId);
    RemovalOrder o = order(caseId);
    Appeal a = orders.appeal(o.id, appealId).orElseThrow(() -> ProblemException.notFound("Appeal"));
    Versions.checkIfMatch(ifMatch, a.version);
    if (a.status != Appeal.Status.PENDING) {
      throw ProblemException.conflict("The appeal was already decided: " + a.status);
    }
    a.status = body.outcome();
    a.decidedOn = LocalDate.now(ZoneOffset.UTC);
    a.decisionReason = body.reason().strip();
    timeline.move(
        caller,
        c,
        body.outcome() == Appeal.Status.DISMISSED
            ? CaseStatus.REMOVAL_ORDERED
            : CaseStatus.RELEASED,
        CaseEvent.Kind.APPEAL_DECIDED,
        "Appeal " + body.outcome().name().toLowerCase() + ": " + a.decisionReason);
    orders.flush();
    return OrderApi.AppealView.of(a);
  }

  /**
   * Declares the order final: the case becomes ENFORCEABLE only once the appeal window has passed
   * (or appeals do not suspend removal) and no appeal is pending. Every reason is reported.
   */
  @Transactional
  public RemovalCase declareFinal(
      Caller caller, long caseId, String ifMatch, OrderApi.Finality body) {
    RemovalCase c = access.write(caller, caseId);
    Versions.checkIfMatch(ifMatch, c.version);
    RemovalOrder o = order(caseId);
    List<String> reasons = new ArrayList<>();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (o.appealSuspensive && !today.isAfter(o.appealDeadline)) {
      reasons.add("The appeal window is open until " + o.appealDeadline);
    }
    if (orders.appeals(o.id).stream().anyMatch(a -> a.status == Appeal.Status.PENDING)) {
      reasons.add("An appeal is pending");
    }
    if (c.status != CaseStatus.REMOVAL_ORDERED) {
      reasons.add("The case is " + c.status + ", not REMOVAL_ORDERED");
    }
    if (!reasons.isEmpty()) {
      throw ProblemException.conflict("The order is not final", reasons);
    }
    timeline.move(caller, c, CaseStatus.ENFORCEABLE, CaseEvent.Kind.TRANSITION, body.reason());
    orders.flush();
    return c;
  }

  private RemovalOrder order(long caseId) {
    return orders.forCase(caseId).orElseThrow(() -> ProblemException.notFound("Removal order"));
  }
}
