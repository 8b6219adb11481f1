package org.puente.gateway.portal;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.puente.common.money.Money;
import org.puente.common.paging.Page;
import org.puente.funding.api.AgreementView;
import org.puente.funding.api.BudgetLineView;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.ReversalStatus;
import org.puente.removals.api.CaseStatistics;
import org.puente.removals.api.CaseStatisticsCell;
import org.puente.removals.api.CaseSummary;
import org.puente.removals.api.ComplaintView;
import org.puente.removals.api.RemovalStatistics;
import org.puente.removals.api.RemovalStatisticsCell;
import org.puente.training.api.CertificationView;
import org.puente.training.api.OfficerView;
import org.puente.training.api.SessionView;

/**
 * The dashboard: the user's work queues (what waits on them, by role), then cases by status,
 * removals per month by nationality, funds per budget line, sessions coming up and certifications
 * running out. Each panel and queue is one or two API calls made in parallel; one the user may not
 * see or does not work is not asked for, and a service that is away blanks only its own.
 */
@Path("/")
@Authenticated
public class DashboardPage {

  private static final String REMOVALS = "/api/v1/removals";
  private static final String FUNDING = "/api/v1/funding";
  private static final String TRAINING = "/api/v1/training";

  /** How many items of a queue the dashboard shows: the most urgent, the rest on their pages. */
  static final int SHOWN = 10;

  /** How many items a queue asks for, to choose the most urgent among (the lists go by id). */
  static final int ASKED = 100;

  /** Flags due and appeal windows closing: this many days ahead, today included. */
  static final int DAYS_AHEAD = 7;

  /** Vetting and certifications expiring: this many days ahead. */
  static final int EXPIRY_DAYS = 60;

  private final Backend backend;
  private final Views views;
  private final PortalUser user;
  private final PortalConfig config;

  DashboardPage(Backend backend, Views views, PortalUser user, PortalConfig config) {
    this.backend = backend;
    this.views = views;
    this.user = user;
    this.config = config;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance dashboard() {
    LocalDate today = LocalDate.now(config.zone());
    // A panel whose service this deployment does not run is not shown at all; the rest are asked
    // at once, and each answer is taken in turn.
    boolean removals = user.runs("removals");
    boolean funding = user.runs("funding");
    boolean training = user.runs("training");
    var cases =
        removals && user.may("caseStatistics")
            ? backend.read(REMOVALS + "/statistics/cases", CaseStatistics.class)
            : null;
    var removed =
        removals && user.may("removalStatistics")
            ? backend.read(removalsPath(today), RemovalStatistics.class)
            : null;
    boolean fundsAsked = funding && user.may("listAllBudgetLines") && user.may("listAgreements");
    var lines =
        fundsAsked
            ? backend.readPage(FUNDING + "/budget-lines?limit=50", BudgetLineView.class)
            : null;
    var agreements =
        fundsAsked
            ? backend.readPage(FUNDING + "/agreements?limit=200", AgreementView.class)
            : null;
    var sessions =
        training && user.may("listSessions")
            ? backend.readPage(
                TRAINING + "/sessions?limit=5&startsFrom=" + today, SessionView.class)
            : null;
    var certifications =
        training && user.may("listCertifications")
            ? backend.readPage(
                TRAINING + "/certifications?limit=20&expiringBefore=" + today.plusDays(31),
                CertificationView.class)
            : null;
    QueueReads queueReads = askQueues(today);
    CaseStatistics caseTable = cases == null ? null : cases.answer().orNull();
    RemovalStatistics removalTable = removed == null ? null : removed.answer().orNull();
    Page<BudgetLineView> linePage = lines == null ? null : lines.answer().orNull();
    Page<AgreementView> agreementPage = agreements == null ? null : agreements.answer().orNull();
    Page<SessionView> sessionPage = sessions == null ? null : sessions.answer().orNull();
    Page<CertificationView> certificationPage =
        certifications == null ? null : certifications.answer().orNull();
    // Every answer taken before the page is drawn, so that its notices name any service found away.
    QueueAnswers queueAnswers = queueReads.answers();
    TemplateInstance page = views.page("dashboard", "dashboard");
    Fmt fmt = views.fmt();
    PortalMessages t = views.messages();
    page.data("casesChart", caseTable != null ? casesChart(caseTable, fmt, t) : null);
    page.data("casesAsked", cases != null);
    page.data("removalsChart", removalTable != null ? removalsChart(removalTable, fmt, t) : null);
    page.data("removalsAsked", removed != null);
    page.data(
        "fundsChart",
        linePage != null ? fundsChart(linePage.items(), items(agreementPage), fmt, t) : null);
    page.data("fundsAsked", fundsAsked);
    page.data("sessions", sessionPage == null ? null : items(sessionPage));
    page.data("sessionsAsked", sessions != null);
    page.data("certifications", certificationPage == null ? null : items(certificationPage));
    page.data("certificationsAsked", certifications != null);
    page.data("queues", workQueues(queueAnswers, user.username(), today, fmt, views.queues()));
    return page;
  }

  /**
   * The queues a user works, by id: each for the role that acts on it, at the agency that keeps it,
   * with the list operation the policy grants, on a service this deployment reaches. Flags due and
   * appeal windows: PA-SNM's case officers and supervisors; claims and screenings awaiting a
   * decision: its supervisors; payments awaiting a certifier: US-DOS's certifying officers; vetting
   * and certifications expiring: US-DHS's training coordinators; complaints overdue: PA-SNM's
   * supervisors, and monitors (their own, as the API answers them).
   */
  static Set<String> queuesFor(
      String agency, Set<String> roles, Predicate<String> may, Predicate<String> runs) {
    boolean snm = "PA-SNM".equals(agency);
    boolean supervisor = snm && roles.contains("supervisor");
    boolean cases = runs.test("removals") && may.test("listCases");
    Set<String> queues = new LinkedHashSet<>();
    if (cases && snm && (roles.contains("case-officer") || supervisor)) {
      queues.add("flags-due");
      queues.add("appeals-closing");
    }
    if (cases && supervisor) {
      queues.add("claims-pending");
      queues.add("screenings-review");
    }
    if (runs.test("funding")
        && may.test("listDisbursements")
        && "US-DOS".equals(agency)
        && roles.contains("certifying-officer")) {
      queues.add("payments-waiting");
    }
    if (runs.test("training")
        && may.test("listOfficers")
        && may.test("listCertifications")
        && "US-DHS".equals(agency)
        && roles.contains("training-coordinator")) {
      queues.add("expiring");
    }
    if (runs.test("removals")
        && may.test("listComplaints")
        && (supervisor || roles.contains("monitor"))) {
      queues.add("complaints-overdue");
    }
    return queues;
  }

  /** The queues' reads, each started only for a user who works that queue ({@link #queuesFor}). */
  private QueueReads askQueues(LocalDate today) {
    Set<String> mine = queuesFor(user.agency(), user.roles(), user::may, user::runs);
    boolean caseWorker = mine.contains("flags-due");
    boolean snmSupervisor = mine.contains("claims-pending");
    boolean payments = mine.contains("payments-waiting");
    boolean expiring = mine.contains("expiring");
    boolean complaints = mine.contains("complaints-overdue");
    String casesAt = REMOVALS + "/cases?limit=" + ASKED + "&";
    return new QueueReads(
        caseWorker
            ? backend.readPage(
                casesAt + "flagDueBefore=" + today.plusDays(DAYS_AHEAD + 1L), CaseSummary.class)
            : null,
        caseWorker
            ? backend.readPage(
                casesAt
                    + "appealDeadlineFrom="
                    + today
                    + "&appealDeadlineTo="
                    + today.plusDays(DAYS_AHEAD),
                CaseSummary.class)
            : null,
        snmSupervisor ? backend.readPage(casesAt + "claimPending=true", CaseSummary.class) : null,
        snmSupervisor
            ? backend.readPage(casesAt + "screeningAwaitingReview=true", CaseSummary.class)
            : null,
        payments
            ? backend.readPage(
                FUNDING
                    + "/disbursements?limit="
                    + ASKED
                    + "&status="
                    + DisbursementStatus.REQUESTED,
                DisbursementView.class)
            : null,
        payments
            ? backend.readPage(
                FUNDING
                    + "/disbursements?limit="
                    + ASKED
                    + "&reversalStatus="
                    + ReversalStatus.REQUESTED,
                DisbursementView.class)
            : null,
        expiring
            ? backend.readPage(
                TRAINING
                    + "/officers?limit="
                    + ASKED
                    + "&vettingExpiringBefore="
                    + today.plusDays(EXPIRY_DAYS + 1L),
                OfficerView.class)
            : null,
        expiring
            ? backend.readPage(
                TRAINING
                    + "/certifications?limit="
                    + ASKED
                    + "&expiringBefore="
                    + today.plusDays(EXPIRY_DAYS + 1L),
                CertificationView.class)
            : null,
        complaints
            ? backend.readPage(
                REMOVALS + "/complaints?limit=" + ASKED + "&overdue=true", ComplaintView.class)
            : null);
  }

  /** The queues' reads under way; null where the queue is not the user's. */
  private record QueueReads(
      Backend.Read<Page<CaseSummary>> flags,
      Backend.Read<Page<CaseSummary>> appeals,
      Backend.Read<Page<CaseSummary>> claims,
      Backend.Read<Page<CaseSummary>> screenings,
      Backend.Read<Page<DisbursementView>> payments,
      Backend.Read<Page<DisbursementView>> reversals,
      Backend.Read<Page<OfficerView>> vetting,
      Backend.Read<Page<CertificationView>> certifications,
      Backend.Read<Page<ComplaintView>> complaints) {

    QueueAnswers answers() {
      return new QueueAnswers(
          answer(flags),
          answer(appeals),
          answer(claims),
          answer(screenings),
          answer(payments),
          answer(reversals),
          answer(vetting),
          answer(certifications),
          answer(complaints));
    }

    private static <T> Backend.Answer<T> answer(Backend.Read<T> read) {
      return read == null ? null : read.answer();
    }
  }

  /** The queues' answers; null where the queue was not asked (not the user's). */
  record QueueAnswers(
      Backend.Answer<Page<CaseSummary>> flags,
      Backend.Answer<Page<CaseSummary>> appeals,
      Backend.Answer<Page<CaseSummary>> claims,
      Backend.Answer<Page<CaseSummary>> screenings,
      Backend.Answer<Page<DisbursementView>> payments,
      Backend.Answer<Page<DisbursementView>> reversals,
      Backend.Answer<Page<OfficerView>> vetting,
      Backend.Answer<Page<CertificationView>> certifications,
      Backend.Answer<Page<ComplaintView>> complaints) {}

  /**
   * The user's work queues from the answers, in the order they are worked: a queue not asked is not
   * shown; a queue whose service did not answer has no items (the page says the service is away);
   * each shows its {@link #SHOWN} most urgent items, by due date where the API gives one. "Today"
   * is the agency's: an item due before it is overdue.
   */
  static List<WorkQueue> workQueues(
      QueueAnswers a, String username, LocalDate today, Fmt fmt, QueueMessages q) {
    List<WorkQueue> queues = new ArrayList<>();
    if (a.flags() != null) {
      queues.add(
          new WorkQueue(
              "flags-due",
              "listCases",
              "removals",
              q.flags_due(),
              q.flags_due_empty(),
              cases(a.flags(), today, fmt)));
    }
    if (a.appeals() != null) {
      queues.add(
          new WorkQueue(
              "appeals-closing",
              "listCases",
              "removals",
              q.appeals_closing(),
              q.appeals_closing_empty(),
              cases(a.appeals(), today, fmt)));
    }
    if (a.claims() != null) {
      queues.add(
          new WorkQueue(
              "claims-pending",
              "listCases",
              "removals",
              q.claims_pending(),
              q.claims_pending_empty(),
              cases(a.claims(), today, fmt)));
    }
    if (a.screenings() != null) {
      queues.add(
          new WorkQueue(
              "screenings-review",
              "listCases",
              "removals",
              q.screenings_review(),
              q.screenings_review_empty(),
              cases(a.screenings(), today, fmt)));
    }
    if (a.payments() != null) {
      queues.add(
          new WorkQueue(
              "payments-waiting",
              "listDisbursements",
              "funding",
              q.q_payments_waiting(),
              q.payments_waiting_empty(),
              payments(a.payments(), a.reversals(), username, fmt, q)));
    }
    if (a.vetting() != null) {
      queues.add(
          new WorkQueue(
              "expiring",
              "listOfficers",
              "training",
              q.expiring(),
              q.expiring_empty(),
              expiring(a.vetting(), a.certifications(), today, fmt, q)));
    }
    if (a.complaints() != null) {
      queues.add(
          new WorkQueue(
              "complaints-overdue",
              "listComplaints",
              "removals",
              q.q_complaints_overdue(),
              q.complaints_overdue_empty(),
              complaints(a.complaints(), today, fmt, q)));
    }
    return queues;
  }

  private static List<WorkQueue.Item> cases(
      Backend.Answer<Page<CaseSummary>> answer, LocalDate today, Fmt fmt) {
    Page<CaseSummary> page = answer.orNull();
    if (page == null) {
      return null;
    }
    List<WorkQueue.Item> items = new ArrayList<>();
    for (CaseSummary c : items(page)) {
      items.add(
          item(
              "/portal/cases/" + c.id(),
              c.givenNames() + " " + c.familyNames(),
              "#" + c.id() + " · " + fmt.label("status", c.status()),
              c.due(),
              today));
    }
    return urgentFirst(items);
  }

  /**
   * Payments, then reversals, awaiting a certifier: a payment the user asked for is left out, since
   * its requester may not approve it (four eyes); the reversal's requester is not in the payment's
   * answer, so the payment's page says so if the user asked for that one.
   */
  private static List<WorkQueue.Item> payments(
      Backend.Answer<Page<DisbursementView>> payments,
      Backend.Answer<Page<DisbursementView>> reversals,
      String username,
      Fmt fmt,
      QueueMessages q) {
    Page<DisbursementView> paid = payments.orNull();
    Page<DisbursementView> reversed = reversals == null ? null : reversals.orNull();
    if (paid == null || reversed == null) {
      return null;
    }
    List<WorkQueue.Item> items = new ArrayList<>();
    for (DisbursementView p : items(paid)) {
      if (!username.equals(p.requestedBy())) {
        items.add(payment(p, p.description(), q.q_requested_by() + " " + p.requestedBy(), fmt));
      }
    }
    for (DisbursementView p : items(reversed)) {
      items.add(payment(p, q.reversal() + ": " + p.description(), "#" + p.id(), fmt));
    }
    return items.size() > SHOWN ? List.copyOf(items.subList(0, SHOWN)) : items;
  }

  private static WorkQueue.Item payment(DisbursementView p, String label, String meta, Fmt fmt) {
    return new WorkQueue.Item(
        "/portal/funding/disbursements/" + p.id(),
        label,
        fmt.money(p.amount()) + " · " + meta,
        null,
        false);
  }

  /** Vetting and certifications expiring, together, the first to expire first. */
  private static List<WorkQueue.Item> expiring(
      Backend.Answer<Page<OfficerView>> vetting,
      Backend.Answer<Page<CertificationView>> certifications,
      LocalDate today,
      Fmt fmt,
      QueueMessages q) {
    Page<OfficerView> officers = vetting.orNull();
    Page<CertificationView> held = certifications == null ? null : certifications.orNull();
    if (officers == null || held == null) {
      return null;
    }
    List<WorkQueue.Item> items = new ArrayList<>();
    for (OfficerView o : items(officers)) {
      items.add(
          item(
              "/portal/training/officers/" + o.id(),
              o.givenName() + " " + o.familyName(),
              q.q_vetting() + " · " + fmt.label("agency", o.agency()),
              o.vettingExpiresOn(),
              today));
    }
    for (CertificationView c : items(held)) {
      items.add(
          item(
              "/portal/training/officers/" + c.officerId(),
              q.officer() + " #" + c.officerId(),
              fmt.label("competency", c.competency()) + " · " + fmt.label("agency", c.agency()),
              c.expiresOn(),
              today));
    }
    return urgentFirst(items);
  }

  /** Overdue complaints, due by the step not done: acknowledgement, else the decision. */
  private static List<WorkQueue.Item> complaints(
      Backend.Answer<Page<ComplaintView>> answer, LocalDate today, Fmt fmt, QueueMessages q) {
    Page<ComplaintView> page = answer.orNull();
    if (page == null) {
      return null;
    }
    List<WorkQueue.Item> items = new ArrayList<>();
    for (ComplaintView c : items(page)) {
      items.add(
          item(
              "/portal/complaints/" + c.id(),
              "#" + c.id() + " · " + fmt.label("complaint_category", c.category()),
              q.received() + " " + fmt.date(c.receivedOn()),
              c.acknowledgedOn() == null ? c.acknowledgeBy() : c.decideBy(),
              today));
    }
    return urgentFirst(items);
  }

  private static WorkQueue.Item item(
      String href, String label, String meta, LocalDate due, LocalDate today) {
    return new WorkQueue.Item(href, label, meta, due, due != null && due.isBefore(today));
  }

  /** The {@link #SHOWN} due first (undated ones last, in the list's order). */
  private static List<WorkQueue.Item> urgentFirst(List<WorkQueue.Item> items) {
    return items.stream()
        .sorted(
            Comparator.comparing(
                WorkQueue.Item::due, Comparator.nullsLast(Comparator.naturalOrder())))
        .limit(SHOWN)
        .toList();
  }

  private static <T> List<T> items(Page<T> page) {
    return page == null || page.items() == null ? List.of() : page.items();
  }

  /**
   * The removals panel's question: the last twelve months, this one included, as whole months (the
   * only periods other agencies may ask for, so that no two answers differ by a few days).
   */
  static String removalsPath(LocalDate today) {
    YearMonth month = YearMonth.from(today);
    return REMOVALS
        + "/statistics/removals?groupBy=month,nationality&from="
        + month.minusMonths(11)
        + "&to="
        + month;
  }

  static BarChart casesChart(CaseStatistics table, Fmt fmt, PortalMessages t) {
    BarChart chart =
        new BarChart("chart-cases", t.chart_cases(), t.col_status()).series("count", t.col_cases());
    for (CaseStatisticsCell cell : list(table.cells())) {
      String status = cell.status();
      chart.value(
          status,
          fmt.label("status", status),
          "count",
          count(cell.count()),
          countText(cell.count(), cell.suppressed(), t, fmt));
    }
    return chart;
  }

  static BarChart removalsChart(RemovalStatistics table, Fmt fmt, PortalMessages t) {
    List<RemovalStatisticsCell> cells = list(table.cells());
    BarChart chart = new BarChart("chart-removals", t.chart_removals(), t.col_month());
    for (String nationality :
        new TreeSet<>(cells.stream().map(c -> String.valueOf(c.nationality())).toList())) {
      chart.series(nationality, fmt.label("country", nationality));
    }
    for (RemovalStatisticsCell cell : cells) {
      String month = String.valueOf(cell.month());
      chart.value(
          month,
          fmt.month(month),
          String.valueOf(cell.nationality()),
          count(cell.count()),
          countText(cell.count(), cell.suppressed(), t, fmt));
    }
    return chart;
  }

  static BarChart fundsChart(
      List<BudgetLineView> lines, List<AgreementView> agreements, Fmt fmt, PortalMessages t) {
    Map<Long, String> references = new HashMap<>();
    for (AgreementView a : agreements) {
      references.put(a.id(), a.reference());
    }
    BarChart chart =
        new BarChart("chart-funds", t.chart_funds(), t.col_budget_line())
            .series("allotted", t.col_allotted())
            .series("obligated", t.col_obligated())
            .series("disbursed", t.col_disbursed())
            .series("available", t.col_available());
    for (BudgetLineView line : list(lines)) {
      String key = String.valueOf(line.id());
      String label =
          references.getOrDefault(line.agreementId(), "#" + line.agreementId())
              + " · "
              + fmt.label("category", line.category());
      Map<String, Money> measures = new LinkedHashMap<>();
      measures.put("allotted", line.allotted());
      measures.put("obligated", line.obligated());
      measures.put("disbursed", line.disbursed());
      measures.put("available", line.available());
      measures.forEach(
          (measure, money) -> chart.value(key, label, measure, amount(money), fmt.money(money)));
    }
    return chart;
  }

  private static BigDecimal count(Long count) {
    return count == null ? null : BigDecimal.valueOf(count);
  }

  private static String countText(Long count, boolean suppressed, PortalMessages t, Fmt fmt) {
    return suppressed ? t.suppressed() : fmt.number(count);
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }
}
