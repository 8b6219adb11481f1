package org.puente.gateway.portal;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.puente.common.paging.Page;
import org.puente.common.security.Agency;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineView;
import org.puente.funding.api.ObligationView;
import org.puente.removals.api.CareManifestEntry;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseSummary;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.HandoverOutcome;
import org.puente.removals.api.IncidentCategory;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.IncidentFollowUpRequest;
import org.puente.removals.api.IncidentRequest;
import org.puente.removals.api.IncidentSeverity;
import org.puente.removals.api.IncidentSummary;
import org.puente.removals.api.IncidentView;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.MonitorAssignmentEnd;
import org.puente.removals.api.MonitorAssignmentRequest;
import org.puente.removals.api.MonitorAssignmentView;
import org.puente.removals.api.MonitorHandover;
import org.puente.removals.api.MonitorReportRequest;
import org.puente.removals.api.MonitorReportView;
import org.puente.removals.api.MonitoringPhase;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationFundingRequest;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationObligation;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.OperationView;
import org.puente.removals.api.SeatDropRequest;
import org.puente.removals.api.SeatRequest;
import org.puente.removals.api.SeatStatus;
import org.puente.removals.api.SeatView;
import org.puente.training.api.OfficerView;

/**
 * Removal operations: plan one (with its funding line), follow its funding, build the manifest (the
 * gate's reasons shown when a case is refused), freeze it, depart and complete; name its monitors,
 * who read the care manifest and file reports; follow its incidents up to closed.
 */
@Path("/portal/operations")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OperationPages implements FormPages {

  static final String API = "/api/v1/removals/operations";

  /** The budget categories an operation's cost may be funded from. */
  static final Set<BudgetCategory> TRAVEL =
      EnumSet.of(BudgetCategory.CHARTER_FLIGHTS, BudgetCategory.COMMERCIAL_TICKETS);

  /** Statuses whose manifest may still change: a case seated, a person taken off. */
  static final Set<OperationStatus> MANIFEST_OPEN =
      EnumSet.of(OperationStatus.PLANNED, OperationStatus.FUNDING_PENDING, OperationStatus.FUNDED);

  /**
   * Statuses in which an incident is recorded: from the frozen manifest on (the service's rule).
   */
  static final Set<OperationStatus> INCIDENTS_OPEN =
      EnumSet.of(
          OperationStatus.MANIFEST_FROZEN, OperationStatus.DEPARTED, OperationStatus.COMPLETED);

  private static final Pattern NEW = Pattern.compile("/portal/operations/new");
  private static final Pattern ONE = Pattern.compile("/portal/operations/(\\d+)");

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  OperationPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  @Override
  public Optional<Response> page(String path) {
    if (NEW.matcher(path).matches()) {
      return Optional.of(planForm());
    }
    return FormPages.match(path, ONE).map(m -> detail(Long.parseLong(m.group(1))));
  }

  @GET
  public Response list(@QueryParam("status") String status, @QueryParam("cursor") String cursor) {
    user.requireRuns("removals");
    user.require("listOperations");
    String query = status == null || status.isBlank() ? "" : Query.and("status", status);
    Page<OperationView> page =
        backend.page(API + "?limit=25" + query + Query.and("cursor", cursor), OperationView.class);
    String next = page.nextCursor();
    return Views.html(
        views
            .page("operations", "operations")
            .data("operations", page.items())
            .data("statuses", List.of(OperationStatus.values()))
            .data(
                "status",
                Arrays.stream(OperationStatus.values())
                    .filter(s -> s.name().equals(status))
                    .findFirst()
                    .orElse(null))
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/operations?"
                        + query.replaceFirst("^&", "")
                        + Query.and("cursor", next)));
  }

  @GET
  @Path("/new")
  public Response planForm() {
    user.requireRuns("removals");
    user.require("planOperation");
    List<BudgetLineView> lines = List.of();
    if (user.may("listAllBudgetLines")) {
      // Funding is another agency's where removals are SNM's: if it is away, the form still works
      // without a line (the page says whose service is away).
      var answer =
          backend.readPage("/api/v1/funding/budget-lines?limit=200", BudgetLineView.class).answer();
      lines =
          Backend.Answer.items(answer).stream().filter(l -> TRAVEL.contains(l.category())).toList();
    }
    return Views.html(
        views
            .page("operation-new", "operations")
            .data("lines", lines)
            .data("kinds", List.of(OperationKind.values()))
            .data("key", UUID.randomUUID().toString()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response plan(
      @FormParam("kind") String kind,
      @FormParam("destinationCountry") String country,
      @FormParam("destinationAirport") String airport,
      @FormParam("departureAt") String departure,
      @FormParam("seats") String seats,
      @FormParam("monitors") String monitors,
      @FormParam("costEstimate") String cost,
      @FormParam("budgetLineId") String budgetLineId,
      @FormParam("key") String key) {
    user.require("planOperation");
    List<String> watching =
        monitors == null || monitors.isBlank()
            ? null
            : Arrays.stream(monitors.split("[,\\n]"))
                .map(String::strip)
                .filter(m -> !m.isEmpty())
                .toList();
    OperationPlanRequest body =
        new OperationPlanRequest(
            Forms.choice(OperationKind.class, kind, "kind"),
            upper(country),
            upper(airport),
            Forms.instant(departure, views.zone(), "departureAt"),
            seats(seats),
            watching,
            Forms.usd(cost, "costEstimate"),
            Forms.number(budgetLineId, "budgetLineId"));
    OperationView created =
        backend.send("POST", API, body, null, Query.key(key), OperationView.class);
    return Response.seeOther(
            URI.create("/portal/operations/" + created.id() + "?done=operation_planned"))
        .build();
  }

  private static Integer seats(String seats) {
    Long count = Forms.number(seats, "seats");
    if (count != null && (count > Integer.MAX_VALUE || count < Integer.MIN_VALUE)) {
      throw BackendProblem.invalid("seats", "must be a whole number");
    }
    return count == null ? null : count.intValue();
  }

  @GET
  @Path("/{id}")
  public Response detail(@PathParam("id") long id) {
    user.requireRuns("removals");
    user.require("getOperation");
    String base = API + "/" + id;
    // All asked at once, each only if the policy lets the user read it; each answer taken in turn.
    var operation = backend.read(base, OperationView.class);
    var seats =
        user.may("listManifest")
            ? backend.readPage(base + "/manifest?limit=200", SeatView.class)
            : null;
    // A monitor reads who is on board as care requires, not the manifest's records.
    var care =
        !user.may("listManifest") && user.may("careManifest")
            ? backend.readPage(base + "/care-manifest?limit=200", CareManifestEntry.class)
            : null;
    var incidents =
        user.may("listIncidents")
            ? backend.readPage(base + "/incidents?limit=50", IncidentView.class)
            : null;
    var monitors =
        user.may("listMonitors")
            ? backend.readPage(base + "/monitors?limit=50", MonitorAssignmentView.class)
            : null;
    var reports =
        user.may("listMonitorReports")
            ? backend.readPage(base + "/monitor-reports?limit=50", MonitorReportView.class)
            : null;
    OperationView o = operation.answer().orThrow();
    boolean manifestOpen = MANIFEST_OPEN.contains(o.status());
    // The choices of the forms, from the services: cases ready to seat, the agency's officers to
    // escort, the obligations funding-service made for this operation. Each may be away or
    // refused; the form then takes the number typed.
    var seatable =
        manifestOpen && user.may("addToManifest") && user.may("listCases")
            ? backend.readPage(
                CasePages.API + "?limit=200&status=" + CaseStatus.ENFORCEABLE, CaseSummary.class)
            : null;
    var officers =
        manifestOpen && user.may("addEscort") && user.may("listOfficers")
            ? backend.readPage(
                "/api/v1/training/officers?limit=200&agency=" + user.agency(), OfficerView.class)
            : null;
    var obligations =
        (o.status() == OperationStatus.PLANNED || o.status() == OperationStatus.FUNDING_PENDING)
                && user.may("recordOperationFunding")
                && user.may("listObligations")
            ? backend.readPage(
                "/api/v1/funding/obligations?limit=50"
                    + Query.and("reference", "removal-operation:" + id),
                ObligationView.class)
            : null;
    return Views.html(
        operationView(
                views.page("operation", "operations"),
                new OperationAnswers(
                    operation.answer(),
                    answerOf(seats),
                    answerOf(care),
                    answerOf(incidents),
                    answerOf(monitors),
                    answerOf(reports)))
            .data("seatable", Backend.Answer.items(answerOf(seatable)))
            .data("officers", Backend.Answer.items(answerOf(officers)))
            .data("obligations", Backend.Answer.items(answerOf(obligations))));
  }

  private static <T> Backend.Answer<Page<T>> answerOf(Backend.Read<Page<T>> read) {
    return read == null ? Backend.Answer.of(new Page<>(List.of(), null)) : read.answer();
  }

  /** The answers the operation page is drawn from. */
  record OperationAnswers(
      Backend.Answer<OperationView> operation,
      Backend.Answer<Page<SeatView>> seats,
      Backend.Answer<Page<CareManifestEntry>> care,
      Backend.Answer<Page<IncidentView>> incidents,
      Backend.Answer<Page<MonitorAssignmentView>> monitors,
      Backend.Answer<Page<MonitorReportView>> reports) {}

  /** The operation page's data from the service's answers (a test draws it the same way). */
  static TemplateInstance operationView(TemplateInstance view, OperationAnswers a) {
    return view.data("o", a.operation().orThrow())
        .data("seats", Backend.Answer.items(a.seats()))
        .data("care", Backend.Answer.items(a.care()))
        .data("incidents", Backend.Answer.items(a.incidents()))
        .data("monitors", Backend.Answer.items(a.monitors()))
        .data("reports", Backend.Answer.items(a.reports()))
        .data("agencies", List.of(Agency.values()))
        .data("phases", List.of(MonitoringPhase.values()))
        .data("outcomes", List.of(HandoverOutcome.values()))
        .data("severities", List.of(IncidentSeverity.values()))
        .data("categories", List.of(IncidentCategory.values()))
        .data("seated", seated(Backend.Answer.items(a.seats()), Backend.Answer.items(a.care())))
        .data("manifestOpen", MANIFEST_OPEN.contains(a.operation().orThrow().status()))
        .data("incidentsOpen", INCIDENTS_OPEN.contains(a.operation().orThrow().status()))
        .data("seatable", List.of())
        .data("officers", List.of())
        .data("obligations", List.of())
        .data("key", UUID.randomUUID().toString());
  }

  /**
   * An operation's incidents as counts by category and severity, with no one named: for the funder
   * of the operation (its obligation's page links here) and others who may not read the incidents.
   */
  @GET
  @Path("/{id}/incident-summary")
  public Response incidentSummary(@PathParam("id") long id) {
    user.requireRuns("removals");
    user.require("incidentSummary");
    IncidentSummary summary =
        backend
            .read(API + "/" + id + "/incident-summary", IncidentSummary.class)
            .answer()
            .orThrow();
    return Views.html(views.page("operation-incidents", "operations").data("summary", summary));
  }

  /**
   * The people on board, by case id: from the manifest, or from the care manifest a monitor reads.
   */
  static List<Long> seated(List<SeatView> seats, List<CareManifestEntry> care) {
    if (!seats.isEmpty()) {
      return seats.stream()
          .filter(s -> s.status() == SeatStatus.SEATED)
          .map(SeatView::caseId)
          .toList();
    }
    return care.stream().map(CareManifestEntry::caseId).toList();
  }

  @POST
  @Path("/{id}/monitors")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response assignMonitor(
      @PathParam("id") long id,
      @FormParam("agency") String agency,
      @FormParam("username") String username,
      @FormParam("organisation") String organisation,
      @FormParam("key") String key) {
    user.require("assignMonitor");
    Agency from =
        Agency.fromCode(agency).orElseThrow(() -> BackendProblem.invalid("agency", "choose one"));
    backend.send(
        "POST",
        API + "/" + id + "/monitors",
        new MonitorAssignmentRequest(
            from, username == null ? null : username.strip(), blankToNull(organisation)),
        null,
        Query.key(key));
    return back(id, "monitor_assigned");
  }

  @POST
  @Path("/{id}/monitors/{assignmentId}/end")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response endMonitorAssignment(
      @PathParam("id") long id,
      @PathParam("assignmentId") long assignmentId,
      @FormParam("version") Long version,
      @FormParam("reason") String reason) {
    user.require("endMonitorAssignment");
    backend.send(
        "POST",
        API + "/" + id + "/monitors/" + assignmentId + "/end",
        new MonitorAssignmentEnd(reason),
        version,
        null);
    return back(id, "monitor_ended");
  }

  @POST
  @Path("/{id}/monitor-reports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fileMonitorReport(
      @PathParam("id") long id,
      @FormParam("phase") String phase,
      @FormParam("conditions") String conditions,
      @FormParam("restraintsUsed") String restraintsUsed,
      @FormParam("restraintDetails") String restraintDetails,
      @FormParam("medicalNeeds") String medicalNeeds,
      @FormParam("handover") List<String> handovers,
      @FormParam("key") String key) {
    user.require("fileMonitorReport");
    List<MonitorHandover> outcomes = new ArrayList<>();
    for (String h : handovers == null ? List.<String>of() : handovers) {
      // Each select is "caseId:OUTCOME", or empty when the monitor did not record that person.
      String[] parts = h == null ? new String[0] : h.split(":", 2);
      if (parts.length == 2 && !parts[1].isBlank()) {
        outcomes.add(
            new MonitorHandover(
                Forms.number(parts[0], "handover"),
                Forms.choice(HandoverOutcome.class, parts[1], "handover"),
                null));
      }
    }
    MonitorReportRequest body =
        new MonitorReportRequest(
            Forms.choice(MonitoringPhase.class, phase, "phase"),
            conditions,
            restraintsUsed != null,
            blankToNull(restraintDetails),
            blankToNull(medicalNeeds),
            outcomes);
    backend.send("POST", API + "/" + id + "/monitor-reports", body, null, Query.key(key));
    return back(id, "monitor_report_filed");
  }

  @POST
  @Path("/{id}/incidents/{incidentId}/follow-up")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response followUpIncident(
      @PathParam("id") long id,
      @PathParam("incidentId") long incidentId,
      @FormParam("version") Long version,
      @FormParam("to") String to,
      @FormParam("assignee") String assignee,
      @FormParam("findings") String findings,
      @FormParam("severity") String severity) {
    user.require("followUpIncident");
    IncidentFollowUpRequest body =
        new IncidentFollowUpRequest(
            Forms.choice(IncidentFollowUp.class, to, "to"),
            blankToNull(assignee),
            blankToNull(findings),
            severity == null || severity.isBlank()
                ? null
                : Forms.choice(IncidentSeverity.class, severity, "severity"));
    backend.send(
        "POST", API + "/" + id + "/incidents/" + incidentId + "/follow-up", body, version, null);
    return back(id, "incident_followed_up");
  }

  @POST
  @Path("/{id}/incidents")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reportIncident(
      @PathParam("id") long id,
      @FormParam("occurredAt") String occurredAt,
      @FormParam("category") String category,
      @FormParam("severity") String severity,
      @FormParam("description") String description,
      @FormParam("involvedCaseIds") List<String> involved,
      @FormParam("key") String key) {
    user.require("reportIncident");
    List<Long> people = new ArrayList<>();
    for (String caseId : involved == null ? List.<String>of() : involved) {
      people.add(Forms.number(caseId, "involvedCaseIds"));
    }
    IncidentRequest body =
        new IncidentRequest(
            Forms.instant(occurredAt, views.zone(), "occurredAt"),
            Forms.choice(IncidentCategory.class, category, "category"),
            description,
            Forms.choice(IncidentSeverity.class, severity, "severity"),
            people);
    backend.send("POST", API + "/" + id + "/incidents", body, null, Query.key(key));
    return back(id, "incident_reported");
  }

  @POST
  @Path("/{id}/manifest/{caseId}/drop")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response dropFromManifest(
      @PathParam("id") long id,
      @PathParam("caseId") long caseId,
      @FormParam("reason") String reason) {
    user.require("dropFromManifest");
    backend.send(
        "POST",
        API + "/" + id + "/manifest/" + caseId + "/drop",
        new SeatDropRequest(reason),
        null,
        null);
    return back(id, "seat_dropped");
  }

  @POST
  @Path("/{id}/funding")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recordFunding(
      @PathParam("id") long id,
      @FormParam("version") Long version,
      @FormParam("obligationId") String obligationId) {
    user.require("recordOperationFunding");
    backend.send(
        "POST",
        API + "/" + id + "/funding",
        new OperationObligation(Forms.number(obligationId, "obligationId")),
        version,
        null);
    return back(id, "funding_recorded");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @POST
  @Path("/{id}/manifest")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addToManifest(@PathParam("id") long id, @FormParam("caseId") String caseId) {
    user.require("addToManifest");
    backend.send(
        "POST",
        API + "/" + id + "/manifest",
        new SeatRequest(Forms.number(caseId, "caseId")),
        null,
        null);
    return back(id, "case_manifested");
  }

  @POST
  @Path("/{id}/escorts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addEscort(@PathParam("id") long id, @FormParam("officerId") String officerId) {
    user.require("addEscort");
    backend.send(
        "POST",
        API + "/" + id + "/escorts",
        new EscortRequest(Forms.number(officerId, "officerId")),
        null,
        null);
    return back(id, "escort_added");
  }

  @POST
  @Path("/{id}/manifest/freeze")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response freeze(@PathParam("id") long id, @FormParam("version") Long version) {
    user.require("freezeManifest");
    backend.send(
        "POST", API + "/" + id + "/manifest/freeze", new ManifestRecheck(null), version, null);
    return back(id, "manifest_frozen");
  }

  @POST
  @Path("/{id}/departure")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response depart(@PathParam("id") long id, @FormParam("version") Long version) {
    user.require("departOperation");
    backend.send("POST", API + "/" + id + "/departure", new ManifestRecheck(null), version, null);
    return back(id, "operation_departed");
  }

  @POST
  @Path("/{id}/closure")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response close(
      @PathParam("id") long id,
      @FormParam("version") Long version,
      @FormParam("status") String status,
      @FormParam("reason") String reason,
      @FormParam("actualCost") String actualCost) {
    user.require("closeOperation");
    OperationClosure body =
        new OperationClosure(
            Forms.choice(OperationStatus.class, status, "status"),
            reason,
            Forms.usd(actualCost, "actualCost"));
    backend.send("POST", API + "/" + id + "/closure", body, version, null);
    return back(id, "operation_closed");
  }

  @POST
  @Path("/{id}/funding-request")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response requestFunding(
      @PathParam("id") long id,
      @FormParam("version") Long version,
      @FormParam("budgetLineId") String budgetLineId) {
    user.require("requestOperationFunding");
    backend.send(
        "POST",
        API + "/" + id + "/funding-request",
        new OperationFundingRequest(Forms.number(budgetLineId, "budgetLineId")),
        version,
        null);
    return back(id, "funding_requested");
  }

  private static Response back(long id, String done) {
    return Views.done("/portal/operations/" + id, done);
  }

  private static String upper(String code) {
    return code == null ? null : code.strip().toUpperCase();
  }
}
