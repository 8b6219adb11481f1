package org.puente.funding.disbursements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.funding.FundingAccess;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.LedgerEntryType;
import org.puente.funding.api.PaymentDecisionRequest;
import org.puente.funding.api.PaymentKind;
import org.puente.funding.api.ReversalStatus;
import org.puente.funding.funds.Funds;
import org.puente.funding.funds.FundsControl;
import org.puente.funding.ledger.Ledger;
import org.puente.funding.obligations.Obligation;
import org.puente.funding.obligations.ObligationRepository;
import org.puente.funding.obligations.ObligationService;

/**
 * Payments with maker-checker: a request reserves the amount on the obligation, so requests
 * together never exceed it; a certifying officer of the donor other than the requester approves
 * (the payment enters the ledger) or rejects (the reservation is released).
 */
@ApplicationScoped
public class DisbursementService {

  private final DisbursementRepository disbursements;
  private final ObligationService obligationService;
  private final ObligationRepository obligations;
  private final FundingAccess access;
  private final Funds funds;
  private final Ledger ledger;
  private final Idempotency idempotency;

  DisbursementService(
      DisbursementRepository disbursements,
      ObligationService obligationService,
      ObligationRepository obligations,
      FundingAccess access,
      Funds funds,
      Ledger ledger,
      Idempotency idempotency) {
    this.disbursements = disbursements;
    this.obligationService = obligationService;
    this.obligations = obligations;
    this.access = access;
    this.funds = funds;
    this.ledger = ledger;
    this.idempotency = idempotency;
  }

  public Page<DisbursementView> list(
      Caller caller,
      Long agreementId,
      Long obligationId,
      DisbursementStatus status,
      ReversalStatus reversalStatus,
      PageRequest page) {
    return Page.of(
        disbursements.page(
            caller.agency(), agreementId, obligationId, status, reversalStatus, page),
        page,
        d -> d.id,
        d -> d.toView(d.obligation.line.agreement.currency));
  }

  public DisbursementView get(Caller caller, long id) {
    Disbursement d = visible(caller, id);
    return d.toView(currency(d));
  }

  @Transactional
  public Idempotency.Outcome<DisbursementView> request(
      Caller caller, String key, DisbursementRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /disbursements",
        body,
        DisbursementView.class,
        () -> {
          Obligation o = obligationService.visible(caller, body.obligationId());
          Agreement agreement = o.line.agreement;
          access.requirePartyFundingOfficer(caller, o);
          if (agreement.status != AgreementStatus.ACTIVE) {
            throw ProblemException.conflict("The agreement is " + agreement.status);
          }
          BigDecimal amount = FundsControl.amountOf(body.amount(), "amount", agreement.currency);
          if (!funds.reservePayment(o.id, amount)) {
            BigDecimal remainder = obligations.reload(o).remainder();
            throw FundingAccess.fundsRefusal(
                caller,
                agreement,
                "The payment exceeds the obligation",
                List.of(FundsControl.insufficient("the obligation", remainder, amount)));
          }
          Disbursement d = new Disbursement();
          d.obligation = o;
          d.agreementId = agreement.id;
          d.kind = body.kind();
          d.amount = amount;
          d.description = body.description().strip();
          d.status = DisbursementStatus.REQUESTED;
          d.requestedBy = caller.username();
          d.requestedAgency = caller.agency().code();
          d.requestedAt = Instant.now();
          if (body.output() != null) {
            d.outputQuantity = body.output().quantity();
            d.outputUnit = body.output().unit();
          }
          disbursements.persist(d);
          return d.toView(agreement.currency);
        });
  }

  @Transactional
  public DisbursementView approve(Caller caller, long id, String ifMatch) {
    Disbursement d = decidable(caller, id, ifMatch);
    Obligation o = d.obligation;
    if (!funds.settlePayment(o.id, o.line.id, d.amount)) {
      // Cannot happen while the reservation holds; the constraints guard it all the same.
      throw ProblemException.conflict("The reserved funds for this payment are gone");
    }
    decide(caller, d, DisbursementStatus.APPROVED, null);
    LedgerEntryType type =
        d.kind == PaymentKind.EXPENDITURE
            ? LedgerEntryType.EXPENDITURE
            : LedgerEntryType.DISBURSEMENT;
    ledger.record(caller, type, o, d.id, d.amount, currency(d), d.description);
    disbursements.flush();
    return d.toView(currency(d));
  }

  @Transactional
  public DisbursementView reject(
      Caller caller, long id, String ifMatch, PaymentDecisionRequest body) {
    if (body == null || body.reason() == null || body.reason().isBlank()) {
      throw ProblemException.invalid("reason", "is required to reject a payment");
    }
    Disbursement d = decidable(caller, id, ifMatch);
    if (!funds.releasePayment(d.obligation.id, d.amount)) {
      throw ProblemException.conflict("The reserved funds for this payment are gone");
    }
    decide(caller, d, DisbursementStatus.REJECTED, body);
    disbursements.flush();
    return d.toView(currency(d));
  }

  private Disbursement decidable(Caller caller, long id, String ifMatch) {
    Disbursement d = visible(caller, id);
    access.requireSecondCertifier(caller, d.obligation.line.agreement, d.requestedBy);
    Versions.checkIfMatch(ifMatch, d.version);
    if (d.status != DisbursementStatus.REQUESTED) {
      throw ProblemException.conflict("The payment was already " + d.status);
    }
    return d;
  }

  private static void decide(
      Caller caller, Disbursement d, DisbursementStatus status, PaymentDecisionRequest body) {
    d.status = status;
    d.decidedBy = caller.username();
    d.decidedAt = Instant.now();
    d.decisionReason = body == null || body.reason() == null ? null : body.reason().strip();
  }

  private Disbursement visible(Caller caller, long id) {
    return disbursements
        .findFull(id)
        .filter(d -> access.maySee(caller, d.obligation.line.agreement))
        .orElseThrow(() -> ProblemException.notFound("Disbursement"));
  }

  private static String currency(Disbursement d) {
    return d.obligation.line.agreement.currency;
  }
}
