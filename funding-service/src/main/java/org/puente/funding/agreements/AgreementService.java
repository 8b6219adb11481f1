package org.puente.funding.agreements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.funding.FundingAccess;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.AgreementUpdate;
import org.puente.funding.api.AgreementView;

@ApplicationScoped
public class AgreementService {

  private final AgreementRepository agreements;
  private final FundingAccess access;
  private final Idempotency idempotency;

  AgreementService(AgreementRepository agreements, FundingAccess access, Idempotency idempotency) {
    this.agreements = agreements;
    this.access = access;
    this.idempotency = idempotency;
  }

  public Page<AgreementView> list(Caller caller, AgreementStatus status, PageRequest page) {
    List<Agreement> rows = agreements.page(caller.agency(), status, page);
    Map<Long, AgreementRepository.Totals> totals =
        agreements.totals(rows.stream().map(a -> a.id).toList());
    return Page.of(
        rows,
        page,
        a -> a.id,
        a -> a.toView(totals.getOrDefault(a.id, AgreementRepository.Totals.NONE)));
  }

  public AgreementView get(Caller caller, long id) {
    return view(visible(caller, id));
  }

  @Transactional
  public Idempotency.Outcome<AgreementView> create(
      Caller caller, String key, AgreementRequest body) {
    if (!caller.hasRole(Roles.FUNDING_OFFICER)) {
      throw ProblemException.forbidden("Only a funding officer may enter an agreement");
    }
    return idempotency.once(
        caller,
        key,
        "POST /agreements",
        body,
        AgreementView.class,
        () -> {
          if (body.recipientAgency() == caller.agency()) {
            throw ProblemException.invalid(
                "recipientAgency", "must be another agency than the donor (the caller's)");
          }
          if (body.ceiling().amount().signum() <= 0) {
            throw ProblemException.invalid("ceiling.amount", "must be greater than zero");
          }
          if (agreements.referenceTaken(body.reference())) {
            throw ProblemException.conflict("An agreement with this reference exists");
          }
          Agreement a = new Agreement();
          a.reference = body.reference();
          a.title = body.title().strip();
          a.donorAgency = caller.agency().code();
          a.recipientAgency = body.recipientAgency().code();
          a.treasuryAccount = body.treasuryAccount().strip();
          a.currency = body.ceiling().currency();
          a.ceiling = body.ceiling().amount();
          a.periodStart = body.periodStart();
          a.periodEnd = body.periodEnd();
          a.status = AgreementStatus.ACTIVE;
          a.createdAt = Instant.now();
          agreements.persist(a);
          return a.toView(AgreementRepository.Totals.NONE);
        });
  }

  @Transactional
  public AgreementView update(Caller caller, long id, String ifMatch, AgreementUpdate body) {
    Agreement a = lockVisible(caller, id);
    access.requireDonorFundingOfficer(caller, a);
    Versions.checkIfMatch(ifMatch, a.version);
    if (!body.ceiling().currency().equals(a.currency)) {
      throw ProblemException.invalid("ceiling.currency", "must stay " + a.currency);
    }
    if (body.ceiling().amount().compareTo(a.allotted) < 0) {
      throw ProblemException.conflict(
          "The ceiling cannot drop below the "
              + a.allotted.toPlainString()
              + " already allotted to budget lines");
    }
    if (body.periodEnd().isBefore(a.periodStart)) {
      throw ProblemException.invalid("periodEnd", "must not be before periodStart");
    }
    a.title = body.title().strip();
    a.ceiling = body.ceiling().amount();
    a.periodEnd = body.periodEnd();
    agreements.flush();
    return view(a);
  }

  /** Closes the agreement: it takes no new obligations; payments on existing ones go on. */
  @Transactional
  public AgreementView close(Caller caller, long id, String ifMatch) {
    Agreement a = lockVisible(caller, id);
    access.requireDonorFundingOfficer(caller, a);
    Versions.checkIfMatch(ifMatch, a.version);
    if (a.status == AgreementStatus.CLOSED) {
      throw ProblemException.conflict("The agreement is already CLOSED");
    }
    a.status = AgreementStatus.CLOSED;
    agreements.flush();
    return view(a);
  }

  /** The agreement if the caller's agency is its donor or recipient; otherwise 404. */
  public Agreement visible(Caller caller, long id) {
    return agreements
        .findByIdOptional(id)
        .filter(a -> access.maySee(caller, a))
        .orElseThrow(() -> ProblemException.notFound("Agreement"));
  }

  private Agreement lockVisible(Caller caller, long id) {
    return agreements
        .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
        .filter(found -> access.maySee(caller, found))
        .orElseThrow(() -> ProblemException.notFound("Agreement"));
  }

  private AgreementView view(Agreement a) {
    return a.toView(
        agreements.totals(List.of(a.id)).getOrDefault(a.id, AgreementRepository.Totals.NONE));
  }
}
