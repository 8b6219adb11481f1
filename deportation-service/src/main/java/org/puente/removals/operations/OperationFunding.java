package org.puente.removals.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.puente.clients.funding.FundingClient;
import org.puente.clients.funding.FundingLookup;
import org.puente.clients.funding.FundingRequestHandler;
import org.puente.common.money.Money;
import org.puente.common.outbox.Outbox;
import org.puente.common.problem.ProblemException;
import org.puente.common.problem.ProblemType;
import org.puente.funding.api.DeobligationReason;
import org.puente.funding.api.OutputUnit;
import org.puente.removals.api.OperationStatus;

/**
 * An operation's money, asked of funding-service through the outbox: the obligation when it is
 * planned with a cost and a budget line, the funds back when it is cancelled, a payment request for
 * the actual cost when it is completed. Each request is written in the transaction of the change
 * that calls for it and sent in the background with this service's own token, under a key derived
 * from the operation, so it is made exactly once whatever fails or restarts in between.
 */
@ApplicationScoped
public class OperationFunding {

  static final String OBLIGATE = "operation.obligate";
  static final String DEOBLIGATE = "operation.deobligate";
  static final String FILE_COST = "operation.file-cost";

  /** What is sent, as written in the outbox (no personal data). */
  record Obligate(
      long operationId, long budgetLineId, Money amount, String purpose, String onBehalfOf) {}

  record Deobligate(long operationId, long obligationId, Money amount, String reason) {}

  /**
   * {@code peopleRemoved}: the seats removed on the operation, a count only; null in requests
   * written before outputs were filed, which are sent again as they were.
   */
  record FileCost(
      long operationId,
      long obligationId,
      Money amount,
      String description,
      Integer peopleRemoved) {}

  private static final Logger LOG = Logger.getLogger(OperationFunding.class);

  private final Outbox outbox;
  private final FundingLookup lookup;

  OperationFunding(Outbox outbox, FundingLookup lookup) {
    this.outbox = outbox;
    this.lookup = lookup;
  }

  /** Asks for the operation's cost on a line: the operation is FUNDING_PENDING until answered. */
  void request(RemovalOperation o, long budgetLineId) {
    OperationService.move(
        o, OperationStatus.FUNDING_PENDING, "Funding requested on budget line " + budgetLineId);
    o.fundingLineId = budgetLineId;
    outbox.enqueue(
        OBLIGATE,
        o.fundingReference(),
        new Obligate(
            o.id,
            budgetLineId,
            Money.of(o.costAmount, o.costCurrency),
            o.kind
                + " removal flight to "
                + o.destinationAirport
                + " ("
                + o.destinationCountry
                + "), departing "
                + o.departureAt,
            o.owningAgency));
  }

  /**
   * Before an operation is recorded as funded by an obligation made by hand: funding-service, asked
   * with the user's own token, must have made that obligation for this operation's reference on an
   * agreement of the user's agency. Otherwise 409; no answer from funding-service is 503 (fail
   * closed). Nothing is changed either way.
   */
  void requireObligationFor(RemovalOperation o, long obligationId) {
    boolean made;
    try {
      made = lookup.madeFor(obligationId, o.fundingReference());
    } catch (RuntimeException e) {
      LOG.warnf("Obligation check unavailable: %s", e.getClass().getSimpleName());
      throw new ProblemException(
          ProblemType.UNAVAILABLE,
          "funding-service could not confirm obligation "
              + obligationId
              + ", so the funding was not recorded; try again later");
    }
    if (!made) {
      throw ProblemException.conflict(
          "Obligation "
              + obligationId
              + " is not one funding-service made for "
              + o.fundingReference()
              + " on an agreement of "
              + o.owningAgency);
    }
  }

  /**
   * A cancelled operation gives back what Puente obligated for it. The reason given by the user
   * stays with the operation: funding-service is told only the code {@code OPERATION_CANCELLED}.
   */
  void cancelled(RemovalOperation o, String reason) {
    if (o.fundedThroughPuente()) {
      outbox.enqueue(
          DEOBLIGATE,
          o.fundingReference() + ":cancellation",
          new Deobligate(
              o.id,
              o.fundingObligationId,
              Money.of(o.costAmount, o.costCurrency),
              DeobligationReason.OPERATION_CANCELLED.name()));
      o.fundingNote = "Returning the funds of obligation " + o.fundingObligationId;
    }
  }

  /**
   * A completed operation files its actual cost as a payment request, for a second person, with the
   * output it bought: how many people were removed (a count; no names, no ids of people).
   */
  void completed(RemovalOperation o, int peopleRemoved) {
    if (o.fundedThroughPuente() && o.actualCostAmount != null) {
      outbox.enqueue(
          FILE_COST,
          o.fundingReference() + ":completion",
          new FileCost(
              o.id,
              o.fundingObligationId,
              Money.of(o.actualCostAmount, o.actualCostCurrency),
              "Actual cost of removal operation " + o.id + " to " + o.destinationAirport,
              peopleRemoved));
      o.fundingNote = "Filing the actual cost for payment";
    }
  }

  /** Delivers the obligation request and settles the operation's status with the answer. */
  @Singleton
  static class ObligateHandler extends FundingRequestHandler<Obligate> {
    private final FundingClient funding;
    private final OperationRepository operations;
    private final OperationFunding operationFunding;

    ObligateHandler(
        Outbox outbox,
        FundingClient funding,
        OperationRepository operations,
        OperationFunding operationFunding) {
      super(OBLIGATE, Obligate.class, outbox);
      this.funding = funding;
      this.operations = operations;
      this.operationFunding = operationFunding;
    }

    @Override
    protected FundingClient.Answer send(String key, Obligate request) {
      return funding.obligate(
          key,
          request.budgetLineId(),
          request.amount(),
          request.purpose(),
          key,
          request.onBehalfOf());
    }

    @Override
    protected void record(Obligate request, FundingClient.Answer answer) {
      RemovalOperation o =
          operations.findById(request.operationId(), LockModeType.PESSIMISTIC_WRITE);
      if (answer.accepted()) {
        o.fundingObligationId = answer.id();
        if (o.status == OperationStatus.FUNDING_PENDING) {
          OperationService.move(o, OperationStatus.FUNDED, "Funded by obligation " + answer.id());
        } else if (o.status == OperationStatus.CANCELLED) {
          // Cancelled while the request was on its way: the funds go straight back.
          operationFunding.cancelled(o, "cancelled before the funds were obligated");
        }
      } else if (o.status == OperationStatus.FUNDING_PENDING) {
        OperationService.move(o, OperationStatus.PLANNED, fit("Not funded: " + answer.refusal()));
      } else {
        o.fundingNote = fit("Not funded: " + answer.refusal());
      }
    }
  }

  /** Delivers a de-obligation and notes the answer. */
  @Singleton
  static class DeobligateHandler extends FundingRequestHandler<Deobligate> {
    private final FundingClient funding;
    private final OperationRepository operations;

    DeobligateHandler(Outbox outbox, FundingClient funding, OperationRepository operations) {
      super(DEOBLIGATE, Deobligate.class, outbox);
      this.funding = funding;
      this.operations = operations;
    }

    @Override
    protected FundingClient.Answer send(String key, Deobligate request) {
      // Requests written before reasons became codes carried words: only the code is sent.
      return funding.deobligate(
          key,
          request.obligationId(),
          request.amount(),
          DeobligationReason.OPERATION_CANCELLED.name());
    }

    @Override
    protected void record(Deobligate request, FundingClient.Answer answer) {
      RemovalOperation o =
          operations.findById(request.operationId(), LockModeType.PESSIMISTIC_WRITE);
      o.fundingNote =
          answer.accepted()
              ? "Funds returned: obligation " + request.obligationId() + " de-obligated"
              : fit("The funds could not be returned: " + answer.refusal());
    }
  }

  /** Delivers the payment request for the actual cost and notes the answer. */
  @Singleton
  static class FileCostHandler extends FundingRequestHandler<FileCost> {
    private final FundingClient funding;
    private final OperationRepository operations;

    FileCostHandler(Outbox outbox, FundingClient funding, OperationRepository operations) {
      super(FILE_COST, FileCost.class, outbox);
      this.funding = funding;
      this.operations = operations;
    }

    @Override
    protected FundingClient.Answer send(String key, FileCost request) {
      return funding.requestPayment(
          key,
          request.obligationId(),
          request.amount(),
          request.description(),
          FundingClient.output(request.peopleRemoved(), OutputUnit.PEOPLE_REMOVED));
    }

    @Override
    protected void record(FileCost request, FundingClient.Answer answer) {
      RemovalOperation o =
          operations.findById(request.operationId(), LockModeType.PESSIMISTIC_WRITE);
      if (answer.accepted()) {
        o.paymentRequestId = answer.id();
        o.fundingNote =
            "Payment request " + answer.id() + " filed; a certifying officer must approve it";
      } else {
        o.fundingNote = fit("The payment request was refused: " + answer.refusal());
      }
    }
  }
}
