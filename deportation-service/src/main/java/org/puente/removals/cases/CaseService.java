package org.puente.removals.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.removals.HomeAgency;
import org.puente.removals.api.BestInterestRequest;
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseSummary;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.FitnessRequest;
import org.puente.removals.audit.CaseReadLog;
import org.puente.removals.disclosures.DisclosureGrant;
import org.puente.removals.disclosures.DisclosureLog;
import org.puente.removals.disclosures.DisclosureRepository;

@ApplicationScoped
public class CaseService {

  private final CaseRepository cases;
  private final CaseAccess access;
  private final CaseTimeline timeline;
  private final DisclosureRepository grants;
  private final DisclosureLog disclosureLog;
  private final CaseReadLog ownReads;
  private final Idempotency idempotency;
  private final HomeAgency home;

  CaseService(
      CaseRepository cases,
      CaseAccess access,
      CaseTimeline timeline,
      DisclosureRepository grants,
      DisclosureLog disclosureLog,
      CaseReadLog ownReads,
      Idempotency idempotency,
      HomeAgency home) {
    this.ownReads = ownReads;
    this.home = home;
    this.cases = cases;
    this.access = access;
    this.timeline = timeline;
    this.grants = grants;
    this.disclosureLog = disclosureLog;
    this.idempotency = idempotency;
  }

  @Transactional
  public Idempotency.Outcome<CaseView> open(Caller caller, String key, CaseRequest body) {
    access.requireMayReceivePersonalData(caller);
    home.requireOwnStaff(caller, "Removal cases");
    return idempotency.once(
        caller,
        key,
        "POST /cases",
        body,
        CaseView.class,
        () -> {
          RemovalCase c = new RemovalCase();
          c.owningAgency = caller.agency().code();
          c.status = CaseStatus.OPEN;
          c.givenNames = body.givenNames().strip();
          c.familyNames = body.familyNames().strip();
          c.dateOfBirth = body.dateOfBirth();
          c.nationality = body.nationality();
          c.sex = body.sex();
          c.languages = new ArrayList<>(orEmpty(body.languages()));
          c.identityDocuments = new ArrayList<>(orEmpty(body.identityDocuments()));
          c.biometricReference = body.biometricReference();
          c.encounteredOn = body.encounteredOn();
          c.encounterPlace = body.encounterPlace().strip();
          c.encounteringUnit = body.encounteringUnit();
          c.familyLinks = new ArrayList<>(orEmpty(body.familyLinks()));
          c.createdBy = caller.username();
          c.createdAt = Instant.now();
          cases.persist(c);
          timeline.record(caller, c.id, CaseEventKind.OPENED, "Encountered at " + c.encounterPlace);
          return c.toView();
        });
  }

  public CaseView get(Caller caller, long id) {
    return access.read(caller, id, "case").toView();
  }

  /** The caller's own cases and those disclosed to them; every row read is logged. */
  public Page<CaseSummary> list(Caller caller, CaseFilter filter, PageRequest page) {
    access.requireMayReceivePersonalData(caller);
    String own = caller.agency().code();
    List<DisclosureGrant> active = grants.activeFor(own, Instant.now());
    List<String> blanket =
        active.stream().filter(g -> g.caseId == null).map(g -> g.ownerAgency).distinct().toList();
    List<Long> granted =
        active.stream().filter(g -> g.caseId != null).map(g -> g.caseId).distinct().toList();
    List<RemovalCase> rows =
        cases.page(new CaseRepository.Scope(own, blanket, granted), filter, page);
    Map<Long, LocalDate> due = cases.deadlines(filter, rows.stream().map(c -> c.id).toList());
    Page<CaseSummary> result = Page.of(rows, page, c -> c.id, c -> c.toSummary(due.get(c.id)));
    Map<Long, DisclosureGrant> partnerReads = new LinkedHashMap<>();
    List<Long> ownRead = new ArrayList<>();
    for (CaseSummary c : result.items()) {
      if (c.owningAgency().code().equals(own)) {
        ownRead.add(c.id());
      } else {
        active.stream()
            .filter(g -> g.ownerAgency.equals(c.owningAgency().code()))
            .filter(g -> g.caseId == null || g.caseId == c.id())
            .findFirst()
            .ifPresent(g -> partnerReads.put(c.id(), g));
      }
    }
    if (!partnerReads.isEmpty()) {
      disclosureLog.recordAll(caller, partnerReads, "list");
    }
    ownReads.record(caller, ownRead, "list");
    return result;
  }

  @Transactional
  public CaseView transition(Caller caller, long id, String ifMatch, CaseTransitionRequest body) {
    RemovalCase c = access.write(caller, id);
    Versions.checkIfMatch(ifMatch, c.version);
    if (!CaseStateMachine.requestable(body.status())) {
      throw ProblemException.conflict(
          "A case becomes "
              + body.status()
              + " through the act that causes it (a claim, a decision, an order, a manifest),"
              + " not by request");
    }
    timeline.move(caller, c, body.status(), CaseEventKind.TRANSITION, body.reason());
    cases.flush();
    return c.toView();
  }

  @Transactional
  public CaseView assessFitness(Caller caller, long id, String ifMatch, FitnessRequest body) {
    RemovalCase c = access.write(caller, id);
    Versions.checkIfMatch(ifMatch, c.version);
    c.fitToFly = body.fitToFly();
    c.fitnessAssessedOn = body.assessedOn();
    timeline.record(
        caller,
        c.id,
        CaseEventKind.FITNESS_ASSESSED,
        body.fitToFly() ? "Assessed fit to fly" : "Assessed not fit to fly");
    cases.flush();
    return c.toView();
  }

  @Transactional
  public CaseView determineBestInterest(
      Caller caller, long id, String ifMatch, BestInterestRequest body) {
    RemovalCase c = access.write(caller, id);
    Versions.checkIfMatch(ifMatch, c.version);
    c.bestInterestDecidedOn = body.decidedOn();
    c.bestInterestSummary = body.summary().strip();
    timeline.record(
        caller,
        c.id,
        CaseEventKind.BEST_INTEREST_DETERMINED,
        "Best-interest determination recorded on " + body.decidedOn());
    cases.flush();
    return c.toView();
  }

  public Page<CaseEventView> history(Caller caller, long id, PageRequest page) {
    access.read(caller, id, "history");
    return Page.of(timeline.page(id, page), page, e -> e.id, CaseEvent::toView);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
