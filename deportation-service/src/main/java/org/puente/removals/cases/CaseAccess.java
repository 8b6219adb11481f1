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
 * Who sees a case (docs/access-rules.md): the owning agency; a partner only while a disclosure
 * grant covers it, and every such read is logged; nobody else, not even as a 403 (the case does not
 * exist for them). State Department users never receive personal data: 403 on every case endpoint.
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
    Readable readable = readable(caller, id);
    logRead(caller, readable, what);
    return readable.c();
  }

  /**
   * A case the caller may read, with the grant that lets a partner read it (null for its owner),
   * not yet logged: for a part of the case that may not exist (its claim, its order), the read is
   * logged with {@link #logRead} once there is something to answer, so a 404 leaves no trace.
   */
  public record Readable(RemovalCase c, DisclosureGrant grant) {}

  /** The case for a read, checked but not logged; 404 if the caller may not see it. */
  public Readable readable(Caller caller, long id) {
    requireMayReceivePersonalData(caller);
    RemovalCase c = cases.findByIdOptional(id).orElseThrow(CaseAccess::notFound);
    if (caller.agency().code().equals(c.owningAgency)) {
      return new Readable(c, null);
    }
    return new Readable(c, grant(caller, c).orElseThrow(CaseAccess::notFound));
  }

  /** Logs a read: the owner's staff in the read log, a partner in the disclosure log. */
  public void logRead(Caller caller, Readable readable, String what) {
    if (readable.grant() == null) {
      ownReads.record(caller, List.of(readable.c().id), what);
    } else {
      log.record(caller, readable.grant(), readable.c().id, what);
    }
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
