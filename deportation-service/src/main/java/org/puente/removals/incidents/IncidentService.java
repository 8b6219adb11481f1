package org.puente.removals.incidents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.removals.api.IncidentCategory;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.IncidentFollowUpRequest;
import org.puente.removals.api.IncidentRequest;
import org.puente.removals.api.IncidentSeverity;
import org.puente.removals.api.IncidentSummary;
import org.puente.removals.api.IncidentSummaryCell;
import org.puente.removals.api.IncidentView;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.audit.CaseReadLog;
import org.puente.removals.disclosures.DisclosureGrant;
import org.puente.removals.disclosures.DisclosureLog;
import org.puente.removals.disclosures.DisclosureRepository;
import org.puente.removals.operations.OperationAccess;
import org.puente.removals.operations.OperationIncident;
import org.puente.removals.operations.OperationRepository;
import org.puente.removals.operations.RemovalOperation;

/**
 * Incidents of an operation: recorded by the owning agency's officers or a monitor named on the
 * operation, followed up by its supervisors ({@link IncidentFollowUpRules}). Who reads them:
 *
 * <ul>
 *   <li>the owning agency's staff and the operation's monitors, in full;
 *   <li>a partner, in full only for incidents whose every person involved is covered by a
 *       disclosure grant to it, each read logged like a case read; otherwise the operation does not
 *       exist for it;
 *   <li>the funder (US-DOS, when the operation has a funding obligation): counts by category and
 *       severity only ({@link #summary}), never personal data.
 * </ul>
 */
@ApplicationScoped
public class IncidentService {

  private final OperationRepository operations;
  private final OperationAccess access;
  private final DisclosureRepository grants;
  private final DisclosureLog log;
  private final Idempotency idempotency;
  private final CaseReadLog reads;

  IncidentService(
      OperationRepository operations,
      OperationAccess access,
      DisclosureRepository grants,
      DisclosureLog log,
      Idempotency idempotency,
      CaseReadLog reads) {
    this.operations = operations;
    this.access = access;
    this.grants = grants;
    this.log = log;
    this.idempotency = idempotency;
    this.reads = reads;
  }

  @Transactional
  public Idempotency.Outcome<IncidentView> report(
      Caller caller, long id, String key, IncidentRequest body) {
    RemovalOperation o = access.find(id);
    boolean officer =
        caller.agency().code().equals(o.owningAgency)
            && (caller.hasRole(Roles.CASE_OFFICER) || caller.hasRole(Roles.SUPERVISOR));
    if (!officer && !access.isAssignedMonitor(caller, o)) {
      throw OperationAccess.notFound();
    }
    if (o.status != OperationStatus.DEPARTED
        && o.status != OperationStatus.COMPLETED
        && o.status != OperationStatus.MANIFEST_FROZEN) {
      throw ProblemException.conflict("Incidents are recorded once the manifest is frozen");
    }
    List<Long> involved =
        List.copyOf(
            new LinkedHashSet<>(
                body.involvedCaseIds() == null ? List.of() : body.involvedCaseIds()));
    requireOnManifest(o, involved, "involvedCaseIds");
    return idempotency.once(
        caller,
        key,
        "POST /operations/" + id + "/incidents",
        body,
        IncidentView.class,
        () -> {
          OperationIncident i = new OperationIncident();
          i.operationId = id;
          i.occurredAt = body.occurredAt();
          i.category = body.category();
          i.description = body.description().strip();
          i.severity = body.severity();
          i.involvedCaseIds = new ArrayList<>(involved);
          i.reportedBy = caller.username();
          i.reportedAt = Instant.now();
          operations.add(i);
          operations.flush();
          return i.toView();
        });
  }

  /** 400 naming every case that has no seat (seated or dropped) on the operation. */
  public void requireOnManifest(RemovalOperation o, List<Long> caseIds, String field) {
    if (caseIds.isEmpty()) {
      return;
    }
    Set<Long> onManifest = operations.casesOnManifest(o.id);
    List<Long> missing = caseIds.stream().filter(c -> !onManifest.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(field, "not on the operation's manifest: case ids " + missing);
    }
  }

  public Page<IncidentView> list(Caller caller, long id, PageRequest page) {
    RemovalOperation o = access.find(id);
    if (OperationAccess.isOwnStaff(caller, o) || access.isAssignedMonitor(caller, o)) {
      boolean withPersonalData = caller.agency() != Agency.US_DOS;
      Page<OperationIncident> shown =
          Page.of(operations.incidents(id, page), page, i -> i.id, i -> i);
      if (withPersonalData) {
        // The staff's or the monitor's read of the people involved, like a partner's is logged.
        reads.record(
            caller,
            shown.items().stream().flatMap(i -> i.involvedCaseIds.stream()).toList(),
            "incidents of operation " + id);
      }
      return new Page<>(
          shown.items().stream()
              .map(i -> withPersonalData ? i.toView() : i.toViewWithoutPersonalData())
              .toList(),
          shown.nextCursor());
    }
    if (caller.agency() == Agency.US_DOS || caller.agency().code().equals(o.owningAgency)) {
      throw OperationAccess.notFound();
    }
    return partnerList(caller, o, page);
  }

  /**
   * A partner's read: the operation exists for it only while a grant covers someone on its
   * manifest; it sees the incidents whose every person involved is covered, and each such read is
   * written to the disclosure log.
   */
  private Page<IncidentView> partnerList(Caller caller, RemovalOperation o, PageRequest page) {
    Instant now = Instant.now();
    Map<Long, Optional<DisclosureGrant>> grantOf = new HashMap<>();
    boolean anyCovered = false;
    for (long caseId : operations.casesOnManifest(o.id)) {
      Optional<DisclosureGrant> g =
          grants.activeGrant(caller.agency().code(), o.owningAgency, caseId, now);
      grantOf.put(caseId, g);
      anyCovered |= g.isPresent();
    }
    if (!anyCovered) {
      throw OperationAccess.notFound();
    }
    List<OperationIncident> rows = operations.incidents(o.id, page);
    Page<OperationIncident> all = Page.of(rows, page, i -> i.id, i -> i);
    Map<Long, DisclosureGrant> read = new HashMap<>();
    List<IncidentView> shown = new ArrayList<>();
    for (OperationIncident i : all.items()) {
      boolean covered =
          !i.involvedCaseIds.isEmpty()
              && i.involvedCaseIds.stream()
                  .allMatch(c -> grantOf.getOrDefault(c, Optional.empty()).isPresent());
      if (covered) {
        i.involvedCaseIds.forEach(c -> read.put(c, grantOf.get(c).orElseThrow()));
        shown.add(i.toView());
      }
    }
    if (!read.isEmpty()) {
      log.recordAll(caller, read, "incidents of operation " + o.id);
    }
    return new Page<>(shown, all.nextCursor());
  }

  @Transactional
  public IncidentView followUp(
      Caller caller, long id, long incidentId, String ifMatch, IncidentFollowUpRequest body) {
    RemovalOperation o = access.find(id);
    if (!OperationAccess.isOwnStaff(caller, o) || !caller.hasRole(Roles.SUPERVISOR)) {
      throw OperationAccess.notFound();
    }
    OperationIncident i =
        operations
            .incident(id, incidentId)
            .orElseThrow(() -> ProblemException.notFound("Incident"));
    Versions.checkIfMatch(ifMatch, i.version);
    String assignee = blank(body.assignee()) ? i.assignee : body.assignee().strip();
    List<String> refusals =
        IncidentFollowUpRules.refusals(i.followUp, body.to(), assignee, body.findings());
    if (!refusals.isEmpty()) {
      throw ProblemException.conflict(refusals.get(0), refusals);
    }
    i.followUp = body.to();
    i.assignee = assignee;
    if (body.severity() != null) {
      i.severity = body.severity();
    }
    if (!blank(body.findings())) {
      i.findings = body.findings().strip();
    }
    if (body.to() == IncidentFollowUp.CLOSED) {
      i.closedAt = Instant.now();
      i.closedBy = caller.username();
    }
    operations.flush();
    return i.toView();
  }

  /**
   * Counts by category and severity, no personal data: for the owning agency, the operation's
   * monitors and, when it has a funding obligation, the funder (US-DOS). Hidden from others.
   */
  public IncidentSummary summary(Caller caller, long id) {
    RemovalOperation o = access.find(id);
    boolean own =
        caller.agency().code().equals(o.owningAgency)
            && SUMMARY_READERS.stream().anyMatch(caller::hasRole);
    boolean funder = caller.agency() == Agency.US_DOS && o.fundingObligationId != null;
    if (!own && !funder && !access.isAssignedMonitor(caller, o)) {
      throw OperationAccess.notFound();
    }
    List<IncidentSummaryCell> cells = new ArrayList<>();
    long total = 0;
    long open = 0;
    for (Object[] r : operations.incidentCounts(id)) {
      long count = ((Number) r[2]).longValue();
      cells.add(new IncidentSummaryCell((IncidentCategory) r[0], (IncidentSeverity) r[1], count));
      total += count;
      open += r[3] == null ? 0 : ((Number) r[3]).longValue();
    }
    return new IncidentSummary(id, total, open, cells);
  }

  /** The roles that read the summary for their agency (a monitor only where named). */
  public static final List<String> SUMMARY_READERS =
      List.of(
          Roles.CASE_OFFICER,
          Roles.SUPERVISOR,
          Roles.ADVISOR,
          Roles.FUNDING_OFFICER,
          Roles.CERTIFYING_OFFICER,
          Roles.AUDITOR,
          Roles.ADMIN);

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
