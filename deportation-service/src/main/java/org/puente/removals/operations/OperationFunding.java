package org.puente.removals.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.puente.clients.funding.FundingClient;
import org.puente.common.money.Money;
import org.puente.common.outbox.Outbox;
import org.puente.common.outbox.OutboxHandler;

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
  record Obligate(long operationId, long budgetLineId, Money amount, String purpose) {}

  record Deobligate(long operationId, long obligationId, Money amount, String reason) {}

  record FileCost(long operationId, long obligationId, Money amount, String description) {}

  private final Outbox outbox;

  OperationFunding(Outbox outbox) {
    this.outbox = outbox;
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
                + o.departureAt));
  }

  /** A cancelled operation gives back what Puente obligated for it. */
  void cancelled(RemovalOperation o, String reason) {
    if (o.fundedThroughPuente()) {
      outbox.enqueue(
          DEOBLIGATE,
          o.fundingReference() + ":cancellation",
          new Deobligate(
              o.id,
              o.fundingObligationId,
              Money.of(o.costAmount, o.costCurrency),
              "Removal operation " + o.id + " cancelled: " + reason));
      o.fundingNote = "Returning the funds of obligation " + o.fundingObligationId;
    }
  }

  /** A completed operation files its actual cost as a payment request, for a second person. */
  void completed(RemovalOperation o) {
    if (o.fundedThroughPuente() && o.actualCostAmount != null) {
      outbox.enqueue(
          FILE_COST,
          o.fundingReference() + ":completion",
          new FileCost(
              o.id,
              o.fundingObligationId,
              Money.of(o.actualCostAmount, o.actualCostCurrency),
              "Actual cost of removal operation " + o.id + " to " + o.destinationAirport));
      o.fundingNote = "Filing the actual cost for payment";
    }
  }

  /** Fits funding-service's explanation in the column that keeps it. */
  static String limit(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
  }

  /** Delivers the obligation request and settles the operation's status with the answer. */
  @ApplicationScoped
  static class ObligateHandler implements OutboxHandler {
    private final Outbox outbox;
    private final FundingClient funding;
    private final OperationRepository operations;
    private final OperationFunding operationFunding;

    ObligateHandler(
        Outbox outbox,
        FundingClient funding,
        OperationRepository operations,
        OperationFunding operationFunding) {
      this.outbox = outbox;
      this.funding = funding;
      this.operations = operations;
      this.operationFunding = operationFunding;
    }

    @Override
    public String topic() {
      return OBLIGATE;
    }

    @Override
    public void deliver(String key, String payload) {
      Obligate request = outbox.read(payload, Obligate.class);
      FundingClient.Answer answer =
          funding.obligate(key, request.budgetLineId(), request.amount(), request.purpose(), key);
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
        OperationService.move(o, OperationStatus.PLANNED, limit("Not funded: " + answer.refusal()));
      } else {
        o.fundingNote = limit("Not funded: " + answer.refusal());
      }
    }
  }

  /** Delivers a de-obligation and notes the answer. */
  @ApplicationScoped
  static class DeobligateHandler implements OutboxHandler {
    private final Outbox outbox;
    private final FundingClient funding;
    private final OperationRepository operations;

    DeobligateHandler(Outbox outbox, FundingClient funding, OperationRepository operations) {
      this.outbox = outbox;
      this.funding = funding;
      this.operations = operations;
    }

    @Override
    public String topic() {
      return DEOBLIGATE;
    }

    @Override
    public void deliver(String key, String payload) {
      Deobligate request = outbox.read(payload, Deobligate.class);
      FundingClient.Answer answer =
          funding.deobligate(key, request.obligationId(), request.amount(), request.reason());
      RemovalOperation o =
          operations.findById(request.operationId(), LockModeType.PESSIMISTIC_WRITE);
      o.fundingNote =
          answer.accepted()
              ? "Funds returned: obligation " + request.obligationId() + " de-obligated"
              : limit("The funds could not be returned: " + answer.refusal());
    }
  }

  /** Delivers the payment request for the actual cost and notes the answer. */
  @ApplicationScoped
  static class FileCostHandler implements OutboxHandler {
    private final Outbox outbox;
    private final FundingClient funding;
    private final OperationRepository operations;

    FileCostHandler(Outbox outbox, FundingClient funding, OperationRepository operations) {
      this.outbox = outbox;
      this.funding = funding;
      this.operations = operations;
    }

    @Override
    public String topic() {
      return FILE_COST;
    }

    @Override
    public void deliver(String key, String payload) {
      FileCost request = outbox.read(payload, FileCost.class);
      FundingClient.Answer answer =
          funding.requestPayment(
              key, request.obligationId(), request.amount(), request.description());
      RemovalOperation o =
          operations.findById(request.operationId(), LockModeType.PESSIMISTIC_WRITE);
      if (answer.accepted()) {
        o.paymentRequestId = answer.id();
        o.fundingNote =
            "Payment request " + answer.id() + " filed; a certifying officer must approve it";
      } else {
        o.fundingNote = limit("The payment request was refused: " + answer.refusal());
      }
    }
  }
}
