package org.puente.funding.obligations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.funding.FundingAccess;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.agreements.AgreementRepository;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.LedgerEntryType;
import org.puente.funding.api.ObligationRequest;
import org.puente.funding.api.ObligationView;
import org.puente.funding.funds.Funds;
import org.puente.funding.funds.FundsControl;
import org.puente.funding.ledger.Ledger;
import org.puente.funding.lines.BudgetLine;
import org.puente.funding.lines.BudgetLineRepository;
import org.puente.funding.lines.BudgetLineService;

/**
 * Obligating and de-obligating funds. The checks explain a refusal; the conditional update in
 * {@link Funds} is what makes overspending impossible, however many requests race.
 */
@ApplicationScoped
public class ObligationService {

  private final ObligationRepository obligations;
  private final BudgetLineService lineService;
  private final BudgetLineRepository lines;
  private final AgreementRepository agreements;
  private final FundingAccess access;
  private final Funds funds;
  private final Ledger ledger;
  private final Idempotency idempotency;

  ObligationService(
      ObligationRepository obligations,
      BudgetLineService lineService,
      BudgetLineRepository lines,
      AgreementRepository agreements,
      FundingAccess access,
      Funds funds,
      Ledger ledger,
      Idempotency idempotency) {
    this.obligations = obligations;
    this.lineService = lineService;
    this.lines = lines;
    this.agreements = agreements;
    this.access = access;
    this.funds = funds;
    this.ledger = ledger;
    this.idempotency = idempotency;
  }

  public Page<ObligationView> list(
      Caller caller, Long agreementId, Long lineId, String reference, PageRequest page) {
    return Page.of(
        obligations.page(caller.agency(), agreementId, lineId, reference, page),
        page,
        o -> o.id,
        o -> o.toView(o.line.agreement.currency));
  }

  public ObligationView get(Caller caller, long id) {
    Obligation o = visible(caller, id);
    return o.toView(o.line.agreement.currency);
  }

  /**
   * Records the obligation, its ledger entry, audit rows and idempotency record first, and takes
   * the funds from the line last, just before commit: every obligation on a line waits for that
   * line's row lock, so it is held for one statement and the commit, not across the inserts. If the
   * funds are gone by then, the refusal rolls back everything written before it.
   */
  @Transactional
  public Idempotency.Outcome<ObligationView> obligate(
      Caller caller, String key, ObligationRequest body) {
    Idempotency.Outcome<ObligationView> outcome =
        idempotency.once(
            caller,
            key,
            "POST /obligations",
            body,
            ObligationView.class,
            () -> record(caller, body));
    if (!outcome.replayed()) {
      // Still in the persistence context: no query.
      takeFunds(caller, obligations.findById(outcome.body().id()));
    }
    return outcome;
  }

  /** The obligation and its ledger entry, once every check has passed; funds not yet taken. */
  private ObligationView record(Caller caller, ObligationRequest body) {
    BudgetLine line = lineService.visible(caller, body.budgetLineId());
    Agreement agreement =
        agreements
            .findShared(line.agreement.id)
            .orElseThrow(() -> ProblemException.notFound("Agreement"));
    access.requireMayObligate(
        caller, agreement, line, body.reference(), caller.isService() ? body.onBehalfOf() : null);
    BigDecimal amount = FundsControl.amountOf(body.amount(), "amount", agreement.currency);
    List<String> refusals =
        FundsControl.obligationRefusals(
            agreement.status,
            LocalDate.now(ZoneOffset.UTC),
            agreement.periodStart,
            agreement.periodEnd,
            line.available(),
            amount);
    if (!refusals.isEmpty()) {
      throw FundingAccess.fundsRefusal(
          caller, agreement, "The funds cannot be obligated", refusals);
    }
    Obligation o = new Obligation();
    o.line = line;
    o.agreementId = agreement.id;
    o.amount = amount;
    o.purpose = body.purpose().strip();
    o.reference = body.reference();
    o.obligatedOn = LocalDate.now(ZoneOffset.UTC);
    o.createdBy = caller.username();
    o.createdAt = Instant.now();
    obligations.persist(o);
    ledger.record(
        caller, LedgerEntryType.COMMITMENT, o, null, o.amount, agreement.currency, o.purpose);
    return o.toView(agreement.currency);
  }

  private void takeFunds(Caller caller, Obligation o) {
    if (!funds.obligate(o.line.id, o.amount)) {
      // Another obligation took the funds since the line was read.
      BigDecimal available = lines.reload(o.line).available();
      throw FundingAccess.fundsRefusal(
          caller,
          o.line.agreement,
          "The funds cannot be obligated",
          List.of(FundsControl.insufficient("the budget line", available, o.amount)));
    }
  }

  @Transactional
  public Idempotency.Outcome<ObligationView> deobligate(
      Caller caller, long id, String ifMatch, String key, DeobligationRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /obligations/" + id + "/deobligation",
        body,
        ObligationView.class,
        () -> deobligateOnce(caller, id, ifMatch, body));
  }

  private ObligationView deobligateOnce(
      Caller caller, long id, String ifMatch, DeobligationRequest body) {
    Obligation o = visible(caller, id);
    Agreement agreement = o.line.agreement;
    access.requireMayDeobligate(caller, o);
    Versions.checkIfMatch(ifMatch, o.version);
    BigDecimal amount = FundsControl.amountOf(body.amount(), "amount", agreement.currency);
    if (!funds.deobligate(o.id, o.line.id, amount)) {
      BigDecimal remainder = obligations.reload(o).remainder();
      throw FundingAccess.fundsRefusal(
          caller,
          agreement,
          "The funds cannot be de-obligated",
          List.of(
              "Only "
                  + remainder.toPlainString()
                  + " of the obligation is neither paid nor awaiting payment; "
                  + amount.toPlainString()
                  + " was asked"));
    }
    // The ledger and the IATI export carry the reason's code, never words someone typed.
    ledger.record(
        caller,
        LedgerEntryType.DEOBLIGATION,
        o,
        null,
        amount,
        agreement.currency,
        body.reason().name());
    return obligations.reload(o).toView(agreement.currency);
  }

  /** The obligation if its agreement is visible to the caller; otherwise 404. */
  public Obligation visible(Caller caller, long id) {
    return obligations
        .findFull(id)
        .filter(o -> access.maySee(caller, o))
        .orElseThrow(() -> ProblemException.notFound("Obligation"));
  }
}
