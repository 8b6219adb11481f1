package org.puente.funding.lines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.funding.FundingAccess;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.agreements.AgreementRepository;
import org.puente.funding.agreements.AgreementService;
import org.puente.funding.api.AllotmentRequest;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.funding.api.BudgetLineView;
import org.puente.funding.funds.Funds;

@ApplicationScoped
public class BudgetLineService {

  private final BudgetLineRepository lines;
  private final AgreementService agreements;
  private final AgreementRepository agreementRows;
  private final FundingAccess access;
  private final Funds funds;
  private final Idempotency idempotency;

  BudgetLineService(
      BudgetLineRepository lines,
      AgreementService agreements,
      AgreementRepository agreementRows,
      FundingAccess access,
      Funds funds,
      Idempotency idempotency) {
    this.lines = lines;
    this.agreements = agreements;
    this.agreementRows = agreementRows;
    this.access = access;
    this.funds = funds;
    this.idempotency = idempotency;
  }

  public Page<BudgetLineView> list(Caller caller, long agreementId, PageRequest page) {
    agreements.visible(caller, agreementId);
    return Page.of(lines.page(agreementId, page), page, l -> l.id, BudgetLine::toView);
  }

  /** Every line the caller's agency may see, across its agreements (the portal's overview). */
  public Page<BudgetLineView> listVisible(Caller caller, PageRequest page) {
    return Page.of(
        lines.pageForParty(caller.agency().code(), page), page, l -> l.id, BudgetLine::toView);
  }

  public BudgetLineView get(Caller caller, long id) {
    return visible(caller, id).toView();
  }

  @Transactional
  public Idempotency.Outcome<BudgetLineView> create(
      Caller caller, long agreementId, String key, BudgetLineRequest body) {
    Agreement agreement = agreements.visible(caller, agreementId);
    access.requireDonorFundingOfficer(caller, agreement);
    return idempotency.once(
        caller,
        key,
        "POST /agreements/" + agreementId + "/budget-lines",
        body,
        BudgetLineView.class,
        () -> {
          BigDecimal amount =
              allotment(body.allotted().amount(), body.allotted().currency(), agreement);
          if (!funds.allot(agreementId, amount)) {
            throw ProblemException.conflict(unallotted(agreementId, amount));
          }
          BudgetLine line = new BudgetLine();
          line.agreement = agreement;
          line.category = body.category();
          line.description = body.description() == null ? null : body.description().strip();
          line.allotted = amount;
          line.createdAt = Instant.now();
          lines.persist(line);
          return line.toView();
        });
  }

  /** Changes a line's allotment, within the agreement's ceiling and never below its obligations. */
  @Transactional
  public BudgetLineView reallot(Caller caller, long id, String ifMatch, AllotmentRequest body) {
    BudgetLine line = visible(caller, id);
    access.requireDonorFundingOfficer(caller, line.agreement);
    Versions.checkIfMatch(ifMatch, line.version);
    BigDecimal amount =
        allotment(body.allotted().amount(), body.allotted().currency(), line.agreement);
    BigDecimal delta = amount.subtract(line.allotted);
    long seen = line.version;
    if (!funds.setAllotment(id, amount, seen)) {
      lines.reload(line);
      Versions.checkIfMatch(Versions.etag(seen), line.version);
      throw ProblemException.conflict(
          "The allotment cannot drop below the "
              + line.obligated.toPlainString()
              + " already obligated on this line");
    }
    if (!funds.allot(line.agreement.id, delta)) {
      throw ProblemException.conflict(unallotted(line.agreement.id, delta));
    }
    return lines.reload(line).toView();
  }

  /** The line if its agreement is visible to the caller; otherwise 404. */
  public BudgetLine visible(Caller caller, long id) {
    return lines
        .findWithAgreement(id)
        .filter(l -> access.maySee(caller, l.agreement))
        .orElseThrow(() -> ProblemException.notFound("Budget line"));
  }

  private static BigDecimal allotment(BigDecimal amount, String currency, Agreement agreement) {
    if (!currency.equals(agreement.currency)) {
      throw ProblemException.invalid(
          "allotted.currency", "must be " + agreement.currency + ", the agreement's currency");
    }
    return amount;
  }

  private String unallotted(long agreementId, BigDecimal wanted) {
    Agreement fresh = agreementRows.findById(agreementId);
    agreementRows.getEntityManager().refresh(fresh);
    return "The agreement's ceiling allows "
        + fresh.ceiling.subtract(fresh.allotted).toPlainString()
        + " more to be allotted; "
        + wanted.toPlainString()
        + " was asked";
  }
}
