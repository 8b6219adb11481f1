package org.puente.removals.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.removals.audit.CaseReadLog;
import org.puente.removals.disclosures.DisclosureGrant;
import org.puente.removals.disclosures.DisclosureLog;
import org.puente.removals.disclosures.DisclosureRepository;

/**
 * Who sees a case (DESIGN.md): the owning agency; a partner only while a disclosure grant covers
 * it, and every such read is logged; nobody else, not even as a 403 (the case does not exist for
 * them). State Department users never receive personal data: 403 on every case endpoint.
 */
@ApplicationScoped
public class CaseAccess {

  private final CaseRepository cases;
  private final DisclosureRepository grants;
  private final DisclosureLog log;
  private final CaseReadLog ownReads;

  CaseAccess(
      CaseRepository cases, DisclosureRepository grants, DisclosureLog log, CaseReadLog ownReads) {
    this.cases = cases;
    this.grants = grants;
    this.log = log;
    this.ownReads = ownReads;
  }

  /** Refuses callers who may never see personal data. */
  public void requireMayReceivePersonalData(Caller caller) {
    if (caller.agency() == Agency.US_DOS) {
      throw ProblemException.forbidden(
          "Case data is personal data and is not disclosed to " + Agency.US_DOS);
    }
  }

  /**
   * The case, read by its owner or by a partner under a grant; otherwise 404. Every read is logged:
   * the owner's staff's in the read log, a partner's in the disclosure log.
   */
  public RemovalCase read(Caller caller, long id, String what) {
    requireMayReceivePersonalData(caller);
    RemovalCase c = cases.findByIdOptional(id).orElseThrow(CaseAccess::notFound);
    if (caller.agency().code().equals(c.owningAgency)) {
      ownReads.record(caller, List.of(c.id), what);
      return c;
    }
    DisclosureGrant grant = grant(caller, c).orElseThrow(CaseAccess::notFound);
    log.record(caller, grant, c.id, what);
    return c;
  }

  /** The case for a change: its owner only. A partner who may read it gets 403, others 404. */
  public RemovalCase write(Caller caller, long id) {
    requireMayReceivePersonalData(caller);
    RemovalCase c = cases.findByIdOptional(id).orElseThrow(CaseAccess::notFound);
    if (caller.agency().code().equals(c.owningAgency)) {
      return c;
    }
    if (grant(caller, c).isPresent()) {
      throw ProblemException.forbidden(
          "A disclosure grant allows reading this case, not changing it");
    }
    throw notFound();
  }

  private Optional<DisclosureGrant> grant(Caller caller, RemovalCase c) {
    return grants.activeGrant(caller.agency().code(), c.owningAgency, c.id, Instant.now());
  }

  static ProblemException notFound() {
    return ProblemException.notFound("Case");
  }
}
