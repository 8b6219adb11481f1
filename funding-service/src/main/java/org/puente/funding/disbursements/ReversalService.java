package org.puente.funding.disbursements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.funding.FundingAccess;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.LedgerEntryType;
import org.puente.funding.api.PaymentDecisionRequest;
import org.puente.funding.api.PaymentKind;
import org.puente.funding.api.ReversalRequest;
import org.puente.funding.api.ReversalStatus;
import org.puente.funding.api.ReversalView;
import org.puente.funding.funds.Funds;
import org.puente.funding.funds.FundsControl;
import org.puente.funding.ledger.Ledger;

/**
 * Reversing an approved payment (refund or recovery) with maker-checker: the donor's funding or
 * certifying officer asks, another certifying officer of the donor approves; approval moves the
 * amount back off the obligation's and the line's {@code disbursed} and writes a negative payment
 * to the ledger. A payment is reversed once, never for more than was paid: the checks explain a
 * refusal, the database's unique index and CHECK constraints make it impossible.
 */
@ApplicationScoped
public class ReversalService {

  private final ReversalRepository reversals;
  private final DisbursementRepository disbursements;
  private final FundingAccess access;
  private final Funds funds;
  private final Ledger ledger;
  private final Idempotency idempotency;

  ReversalService(
      ReversalRepository reversals,
      DisbursementRepository disbursements,
      FundingAccess access,
      Funds funds,
      Ledger ledger,
      Idempotency idempotency) {
    this.reversals = reversals;
    this.disbursements = disbursements;
    this.access = access;
    this.funds = funds;
    this.ledger = ledger;
    this.idempotency = idempotency;
  }

  public ReversalView get(Caller caller, long id) {
    Reversal r = visible(caller, id);
    return r.toView(currency(r));
  }

  @Transactional
  public Idempotency.Outcome<ReversalView> request(
      Caller caller, String key, ReversalRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /disbursement-reversals",
        body,
        ReversalView.class,
        () -> {
          Disbursement d =
              disbursements
                  .findFull(body.disbursementId())
                  .filter(found -> access.maySee(caller, found.obligation.line.agreement))
                  .orElseThrow(() -> ProblemException.notFound("Disbursement"));
          Agreement agreement = d.obligation.line.agreement;
          access.requireDonorOfficer(caller, agreement);
          BigDecimal amount = FundsControl.amountOf(body.amount(), "amount", agreement.currency);
          List<String> refusals =
              FundsControl.reversalRefusals(
                  d.status == DisbursementStatus.APPROVED,
                  reversals.reversing(d.id),
                  d.amount,
                  amount);
          if (!refusals.isEmpty()) {
            throw FundingAccess.fundsRefusal(
                caller, agreement, "The payment cannot be reversed", refusals);
          }
          Reversal r = new Reversal();
          r.disbursement = d;
          r.obligationId = d.obligation.id;
          r.agreementId = agreement.id;
          r.kind = body.kind();
          r.reasonCode = body.reasonCode();
          r.reason = body.reason().strip();
          r.amount = amount;
          r.status = ReversalStatus.REQUESTED;
          r.requestedBy = caller.username();
          r.requestedAt = Instant.now();
          reversals.persist(r);
          reversals.flush(); // the unique index speaks now, as a 409, if a reversal raced us
          return r.toView(agreement.currency);
        });
  }

  @Transactional
  public ReversalView approve(Caller caller, long id, String ifMatch) {
    Reversal r = decidable(caller, id, ifMatch);
    Disbursement d = r.disbursement;
    if (!funds.reversePayment(d.id, d.obligation.id, d.obligation.line.id, r.amount)) {
      // The request's checks and the unique index leave no way here; the constraints guard it.
      throw ProblemException.conflict("The payment no longer has this much to reverse");
    }
    decide(caller, r, ReversalStatus.APPROVED, null);
    LedgerEntryType type =
        d.kind == PaymentKind.EXPENDITURE
            ? LedgerEntryType.EXPENDITURE
            : LedgerEntryType.DISBURSEMENT;
    ledger.reverse(
        caller,
        type,
        d.obligation,
        d.id,
        r.id,
        r.amount,
        currency(r),
        "Reversal (" + r.kind + ") of payment " + d.id + ": " + r.reasonCode);
    reversals.flush();
    return r.toView(currency(r));
  }

  @Transactional
  public ReversalView reject(Caller caller, long id, String ifMatch, PaymentDecisionRequest body) {
    if (body == null || body.reason() == null || body.reason().isBlank()) {
      throw ProblemException.invalid("reason", "is required to reject a reversal");
    }
    Reversal r = decidable(caller, id, ifMatch);
    decide(caller, r, ReversalStatus.REJECTED, body.reason().strip());
    reversals.flush();
    return r.toView(currency(r));
  }

  private Reversal decidable(Caller caller, long id, String ifMatch) {
    Reversal r = visible(caller, id);
    access.requireSecondCertifier(
        caller, r.disbursement.obligation.line.agreement, r.requestedBy, "a reversal");
    Versions.checkIfMatch(ifMatch, r.version);
    if (r.status != ReversalStatus.REQUESTED) {
      throw ProblemException.conflict("The reversal was already " + r.status);
    }
    return r;
  }

  private static void decide(Caller caller, Reversal r, ReversalStatus status, String reason) {
    r.status = status;
    r.decidedBy = caller.username();
    r.decidedAt = Instant.now();
    r.decisionReason = reason;
  }

  private Reversal visible(Caller caller, long id) {
    return reversals
        .findFull(id)
        .filter(r -> access.maySee(caller, r.disbursement.obligation.line.agreement))
        .orElseThrow(() -> ProblemException.notFound("Reversal"));
  }

  private static String currency(Reversal r) {
    return r.disbursement.obligation.line.agreement.currency;
  }
}
