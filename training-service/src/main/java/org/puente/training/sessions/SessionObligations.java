package org.puente.training.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import org.puente.clients.funding.FundingClient;
import org.puente.clients.funding.FundingRequestHandler;
import org.puente.common.money.Money;
import org.puente.common.outbox.Outbox;
import org.puente.common.problem.ProblemException;
import org.puente.funding.api.OutputUnit;
import org.puente.training.api.FundingStatus;
import org.puente.training.api.SessionStatus;

/**
 * A session's cost, obligated on a TRAINING line through the outbox, given back when the session is
 * cancelled, and its actual cost filed for payment, with the officers certified, when completed.
 * Requests are written with the change that calls for them and sent in the background with this
 * service's own token, under a key derived from the session: made exactly once whatever fails or
 * restarts in between.
 */
@ApplicationScoped
public class SessionObligations {

  static final String OBLIGATE = "session.obligate";
  static final String DEOBLIGATE = "session.deobligate";
  static final String FILE_COST = "session.file-cost";

  /**
   * What funding-service is told an obligation is for, and why it is returned: fixed codes, never
   * text a person typed (the session's own reference says which session). Why a session was
   * cancelled stays here, with the session.
   */
  static final String PURPOSE = "TRAINING_SESSION";

  static final String CANCELLED = "SESSION_CANCELLED";

  record Obligate(long sessionId, long budgetLineId, Money amount, String purpose) {}

  record Deobligate(long sessionId, long obligationId, Money amount, String reason) {}

  /** The actual cost and the officers it certified (a count, never who). */
  record FileCost(
      long sessionId, long obligationId, Money amount, String description, int officersCertified) {}

  private final Outbox outbox;

  SessionObligations(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Asks for the session's cost on a line; PENDING until funding-service answers. */
  void request(TrainingSession s, long budgetLineId) {
    if (s.fundingStatus == FundingStatus.PENDING || s.fundingStatus == FundingStatus.FUNDED) {
      throw ProblemException.conflict("The session's funding is already " + s.fundingStatus);
    }
    if (!s.status.editable()) {
      throw ProblemException.conflict(
          "A session that is " + s.status + " is no longer funded in advance");
    }
    s.fundingStatus = FundingStatus.PENDING;
    s.fundingLineId = budgetLineId;
    s.fundingReason = null;
    outbox.enqueue(
        OBLIGATE,
        reference(s),
        new Obligate(s.id, budgetLineId, Money.of(s.costAmount, s.costCurrency), PURPOSE));
  }

  /**
   * Refuses a new cost while funding-service holds the one asked for: the obligation, and the
   * amount returned on cancellation, would no longer match the session. To change it, cancel the
   * session (its funds go back) and schedule it again; after a refusal it may change freely.
   */
  static void refuseCostChangeWhileFunded(TrainingSession s, Money requested) {
    Money current = Money.of(s.costAmount, s.costCurrency);
    if (!s.fundingStatus.allowsCostChange(current, requested)) {
      throw ProblemException.conflict(
          "The cost cannot change while the session's funding is "
              + s.fundingStatus
              + " ("
              + current.amount().toPlainString()
              + " "
              + current.currency()
              + (s.fundingStatus == FundingStatus.FUNDED
                  ? " obligated by funding-service"
                  : " asked of funding-service")
              + "); cancel the session, which returns its funds, and schedule it again with the"
              + " new cost");
    }
  }

  /**
   * A cancelled session gives its funds back. The request carries the code SESSION_CANCELLED; the
   * reason given stays on the session.
   */
  void cancelled(TrainingSession s) {
    if (s.fundingStatus == FundingStatus.FUNDED && s.obligationId != null) {
      outbox.enqueue(
          DEOBLIGATE,
          reference(s) + ":cancellation",
          new Deobligate(s.id, s.obligationId, Money.of(s.costAmount, s.costCurrency), CANCELLED));
    }
  }

  /**
   * A completed session files its actual cost as a payment request against its obligation, with the
   * officers it certified, the same way a completed removal operation files its own: through the
   * outbox, once, under a key derived from the session. A session not funded through Puente files
   * nothing; its cost and count stay here.
   */
  void completed(TrainingSession s, Money actualCost, int officersCertified) {
    s.officersCertified = officersCertified;
    if (actualCost == null) {
      return;
    }
    s.actualCostAmount = actualCost.amount();
    s.actualCostCurrency = actualCost.currency();
    if (s.fundingStatus == FundingStatus.FUNDED && s.obligationId != null) {
      outbox.enqueue(
          FILE_COST,
          reference(s) + ":completion",
          new FileCost(
              s.id,
              s.obligationId,
              actualCost,
              "Actual cost of training session " + s.id,
              officersCertified));
      s.fundingReason = "Filing the actual cost for payment";
    }
  }

  /** The identity funding-service knows the session by: reference and idempotency key. */
  static String reference(TrainingSession s) {
    return "training-session:" + s.id;
  }

  /** Delivers the obligation request and records the answer on the session. */
  @Singleton
  static class ObligateHandler extends FundingRequestHandler<Obligate> {
    private final FundingClient funding;
    private final SessionRepository sessions;
    private final SessionObligations obligations;

    ObligateHandler(
        Outbox outbox,
        FundingClient funding,
        SessionRepository sessions,
        SessionObligations obligations) {
      super(OBLIGATE, Obligate.class, outbox);
      this.funding = funding;
      this.sessions = sessions;
      this.obligations = obligations;
    }

    @Override
    protected FundingClient.Answer send(String key, Obligate request) {
      return funding.obligate(
          key, request.budgetLineId(), request.amount(), request.purpose(), key);
    }

    @Override
    protected void record(Obligate request, FundingClient.Answer answer) {
      TrainingSession s = sessions.findById(request.sessionId(), LockModeType.PESSIMISTIC_WRITE);
      if (answer.accepted()) {
        s.obligationId = answer.id();
        s.fundingStatus = FundingStatus.FUNDED;
        s.fundingReason = "Funded by obligation " + answer.id();
        if (s.status == SessionStatus.CANCELLED) {
          // Cancelled while the request was on its way: the funds go straight back.
          obligations.cancelled(s);
        }
      } else {
        s.fundingStatus = FundingStatus.REFUSED;
        s.fundingReason = fit("Not funded: " + answer.refusal());
      }
    }
  }

  /** Delivers the de-obligation of a cancelled session. */
  @Singleton
  static class DeobligateHandler extends FundingRequestHandler<Deobligate> {
    private final FundingClient funding;
    private final SessionRepository sessions;

    DeobligateHandler(Outbox outbox, FundingClient funding, SessionRepository sessions) {
      super(DEOBLIGATE, Deobligate.class, outbox);
      this.funding = funding;
      this.sessions = sessions;
    }

    /**
     * Sends the request exactly as it was written: a resend must carry the same body as the first
     * send, or funding-service's idempotency check refuses it.
     */
    @Override
    protected FundingClient.Answer send(String key, Deobligate request) {
      return funding.deobligate(key, request.obligationId(), request.amount(), request.reason());
    }

    @Override
    protected void record(Deobligate request, FundingClient.Answer answer) {
      TrainingSession s = sessions.findById(request.sessionId(), LockModeType.PESSIMISTIC_WRITE);
      if (answer.accepted()) {
        s.fundingStatus = FundingStatus.RETURNED;
        s.fundingReason = "Funds returned: obligation " + request.obligationId() + " de-obligated";
      } else {
        s.fundingReason = fit("The funds could not be returned: " + answer.refusal());
      }
    }
  }

  /** Delivers the payment request for the actual cost and notes the answer. */
  @Singleton
  static class FileCostHandler extends FundingRequestHandler<FileCost> {
    private final FundingClient funding;
    private final SessionRepository sessions;

    FileCostHandler(Outbox outbox, FundingClient funding, SessionRepository sessions) {
      super(FILE_COST, FileCost.class, outbox);
      this.funding = funding;
      this.sessions = sessions;
    }

    @Override
    protected FundingClient.Answer send(String key, FileCost request) {
      return funding.requestPayment(
          key,
          request.obligationId(),
          request.amount(),
          request.description(),
          FundingClient.output(request.officersCertified(), OutputUnit.OFFICERS_CERTIFIED));
    }

    @Override
    protected void record(FileCost request, FundingClient.Answer answer) {
      TrainingSession s = sessions.findById(request.sessionId(), LockModeType.PESSIMISTIC_WRITE);
      if (answer.accepted()) {
        s.paymentRequestId = answer.id();
        s.fundingReason =
            "Payment request " + answer.id() + " filed; a certifying officer must approve it";
      } else {
        s.fundingReason = fit("The payment request was refused: " + answer.refusal());
      }
    }
  }
}
