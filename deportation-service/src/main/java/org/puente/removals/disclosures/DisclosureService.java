package org.puente.removals.disclosures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.removals.HomeAgency;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.removals.api.DisclosureGrantView;
import org.puente.removals.api.DisclosureLogView;

/** Grants of access to partners, and the log of what they read under them. */
@ApplicationScoped
public class DisclosureService {

  private final DisclosureRepository grants;
  private final DisclosureLog log;
  private final Idempotency idempotency;

  private final HomeAgency home;

  DisclosureService(
      DisclosureRepository grants, DisclosureLog log, Idempotency idempotency, HomeAgency home) {
    this.home = home;
    this.grants = grants;
    this.log = log;
    this.idempotency = idempotency;
  }

  public Page<DisclosureGrantView> list(Caller caller, PageRequest page) {
    return Page.of(
        grants.page(caller.agency().code(), page), page, g -> g.id, DisclosureGrant::toView);
  }

  @Transactional
  public Idempotency.Outcome<DisclosureGrantView> grant(
      Caller caller, String key, DisclosureGrantRequest body) {
    home.requireOwnStaff(caller, "Disclosures of removal cases");
    if (body.granteeAgency() == caller.agency()) {
      throw ProblemException.invalid("granteeAgency", "must be another agency");
    }
    if (body.granteeAgency() == Agency.US_DOS) {
      throw ProblemException.invalid(
          "granteeAgency", "case data is never disclosed to " + Agency.US_DOS);
    }
    return idempotency.once(
        caller,
        key,
        "POST /disclosures",
        body,
        DisclosureGrantView.class,
        () -> {
          if (body.caseId() != null
              && !caller.agency().code().equals(grants.ownerOfCase(body.caseId()))) {
            throw ProblemException.invalid("caseId", "is not a case of your agency");
          }
          DisclosureGrant g = new DisclosureGrant();
          g.ownerAgency = caller.agency().code();
          g.granteeAgency = body.granteeAgency().code();
          g.caseId = body.caseId();
          g.legalBasis = body.legalBasis().strip();
          g.purpose = body.purpose().strip();
          g.expiresAt = body.expiresAt();
          g.grantedBy = caller.username();
          g.grantedAt = Instant.now();
          grants.persist(g);
          return g.toView();
        });
  }

  @Transactional
  public DisclosureGrantView revoke(Caller caller, long id, String ifMatch) {
    DisclosureGrant g =
        grants
            .findByIdOptional(id)
            .filter(found -> found.ownerAgency.equals(caller.agency().code()))
            .orElseThrow(() -> ProblemException.notFound("Disclosure grant"));
    Versions.checkIfMatch(ifMatch, g.version);
    if (g.revokedAt != null) {
      throw ProblemException.conflict("The grant is already revoked");
    }
    g.revokedAt = Instant.now();
    g.revokedBy = caller.username();
    grants.flush();
    return g.toView();
  }

  /** The log: an owner sees every partner read of its cases; a partner sees its own reads. */
  public Page<DisclosureLogView> log(Caller caller, Long caseId, PageRequest page) {
    List<DisclosureLogEntry> rows = log.visibleTo(caller.agency().code(), caseId, page);
    return Page.of(rows, page, e -> e.id, DisclosureLogEntry::toView);
  }
}
