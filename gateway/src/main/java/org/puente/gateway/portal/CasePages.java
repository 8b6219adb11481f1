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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.puente.common.paging.Page;
import org.puente.removals.api.AppealDecisionRequest;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.AppealView;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.CaseSearch;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseSummary;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.ClaimDecisionRequest;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.FitnessRequest;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagResolution;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.FlagView;
import org.puente.removals.api.OrderFinalityRequest;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.removals.api.ProtectionClaimView;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.RemovalOrderView;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.RightsNoticeView;
import org.puente.removals.api.ScreeningConfirmation;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.removals.api.ScreeningView;
import org.puente.removals.api.TravelDocumentRequest;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentType;
import org.puente.removals.api.TravelDocumentUpdate;
import org.puente.removals.api.TravelDocumentView;

/**
 * Cases: the list with its filters and pages, and a case with everything on record and the actions
 * the user's role allows. Personal data never goes into a URL: filters are codes and dates only.
 */
@Path("/portal/cases")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CasePages {

  static final String API = "/api/v1/removals/cases";

  /** The moves a supervisor may ask for directly; the rest follow from records (screening, ...). */
  static final List<CaseStatus> REQUESTABLE =
      List.of(CaseStatus.SCREENING, CaseStatus.RELEASED, CaseStatus.CLOSED);

  /**
   * The rights a person must be told of before a removal order is issued, in the order the law
   * lists them (the API's {@link Right}).
   */
  static final List<Right> RIGHTS = List.of(Right.values());

  /** Statuses from which the case state machine lets a protection claim be filed. */
  static final Set<CaseStatus> CLAIMABLE =
      EnumSet.of(
          CaseStatus.SCREENING,
          CaseStatus.PROTECTION_DENIED,
          CaseStatus.REMOVAL_ORDERED,
          CaseStatus.ENFORCEABLE,
          CaseStatus.MANIFESTED);

  /** Statuses in which an order may be appealed (a suspensive appeal moves to APPEAL_PENDING). */
  static final Set<CaseStatus> APPEALABLE =
      EnumSet.of(CaseStatus.REMOVAL_ORDERED, CaseStatus.ENFORCEABLE, CaseStatus.MANIFESTED);

  /** Final statuses: nothing more is recorded on the case. */
  static final Set<CaseStatus> FINAL =
      EnumSet.of(
          CaseStatus.PROTECTION_GRANTED,
          CaseStatus.REMOVED,
          CaseStatus.RELEASED,
          CaseStatus.CLOSED);

  /** The answers a case page is drawn from, each its record or its problem. */
  record CaseAnswers(
      Backend.Answer<CaseView> c,
      Backend.Answer<Page<CaseEventView>> history,
      Backend.Answer<Page<FlagView>> flags,
      Backend.Answer<List<ScreeningView>> screenings,
      Backend.Answer<List<RightsNoticeView>> rights,
      Backend.Answer<RemovalOrderView> order,
      Backend.Answer<Page<TravelDocumentView>> documents,
      Backend.Answer<EnforceabilityView> gate,
      Backend.Answer<ProtectionClaimView> claim) {}

  private final Backend backend;
  private final Views views;
  private final PortalUser user;
  private final PortalConfig config;

  CasePages(Backend backend, Views views, PortalUser user, PortalConfig config) {
    this.backend = backend;
    this.views = views;
    this.user = user;
    this.config = config;
  }

  /** The list from a link: filters in the query (codes and dates only, never a name). */
  @GET
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("nationality") String nationality,
      @QueryParam("openFlag") String openFlag,
      @QueryParam("encounteredFrom") String from,
      @QueryParam("encounteredTo") String to) {
    return search(null, status, nationality, openFlag, from, to, null);
  }

  /**
   * The list from the filter form, which may search by name: sent as a POST (to the API's search
   * too), so the name is in no URL, history or log. The next page is asked the same way.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response search(
      @FormParam("text") String text,
      @FormParam("status") String status,
      @FormParam("nationality") String nationality,
      @FormParam("openFlag") String openFlag,
      @FormParam("encounteredFrom") String from,
      @FormParam("encounteredTo") String to,
      @FormParam("cursor") String cursor) {
    user.requireRuns("removals");
    user.require("searchCases");
    Map<String, String> filters = new LinkedHashMap<>();
    put(filters, "text", text);
    put(filters, "status", status);
    put(filters, "nationality", nationality == null ? null : nationality.strip().toUpperCase());
    put(filters, "openFlag", openFlag);
    put(filters, "encounteredFrom", from);
    put(filters, "encounteredTo", to);
    CaseSearch body =
        new CaseSearch(
            filters.get("text"),
            Forms.choice(CaseStatus.class, filters.get("status"), "status"),
            filters.get("nationality"),
            Forms.choice(FlagType.class, filters.get("openFlag"), "openFlag"),
            Forms.date(filters.get("encounteredFrom"), "encounteredFrom"),
            Forms.date(filters.get("encounteredTo"), "encounteredTo"),
            25,
            cursor == null || cursor.isBlank() ? null : cursor);
    Page<CaseSummary> page = backend.search(API + "/search", body, CaseSummary.class);
    return Views.html(
        views
            .page("cases", "cases")
            .data("cases", page.items())
            .data("filters", filters)
            .data("search", body)
            .data("statuses", List.of(CaseStatus.values()))
            .data("flags", List.of(FlagType.values()))
            .data("nextCursor", page.nextCursor())
            .data("paged", cursor != null && !cursor.isBlank()));
  }

  @GET
  @Path("/{id}")
  public Response detail(@PathParam("id") long id) {
    user.requireRuns("removals");
    user.require("getCase");
    String base = API + "/" + id;
    // All asked at once; each answer is taken in turn.
    var c = backend.read(base, CaseView.class);
    var history = backend.readPage(base + "/history?limit=100", CaseEventView.class);
    var flags = backend.readPage(base + "/flags?limit=100", FlagView.class);
    var screenings = backend.readList(base + "/screenings", ScreeningView.class);
    var rights = backend.readList(base + "/rights-notices", RightsNoticeView.class);
    var order = backend.read(base + "/removal-order", RemovalOrderView.class);
    var documents = backend.readPage(base + "/travel-documents?limit=50", TravelDocumentView.class);
    var gate = backend.read(base + "/enforceability", EnforceabilityView.class);
    var claim = backend.read(base + "/protection-claim", ProtectionClaimView.class);
    CaseAnswers replies =
        new CaseAnswers(
            c.answer(),
            history.answer(),
            flags.answer(),
            screenings.answer(),
            rights.answer(),
            order.answer(),
            documents.answer(),
            gate.answer(),
            claim.answer());
    TemplateInstance view =
        caseView(
            views.page("case", "cases"),
            replies,
            user.username(),
            user.agency(),
            user.roles().contains("supervisor"),
            // The agency's today: from 19:00 in Panama the UTC date is already tomorrow, and a
            // form offering it would be refused as a date in the future.
            LocalDate.now(config.zone()));
    return Views.html(view.data("key", UUID.randomUUID().toString()));
  }

  /**
   * The case page's data from the service's answers, and what follows from them: which rights the
   * person has not been told of yet, which forms the case's status leaves open, and which decisions
   * the user may not take because they issued the order or decided the claim (the service refuses
   * those with 403; the page says so instead of offering them). A partner agency reading the case
   * under a disclosure grant changes nothing on it, so it is offered no form.
   */
  static TemplateInstance caseView(
      TemplateInstance view,
      CaseAnswers replies,
      String username,
      String agency,
      boolean supervisor,
      LocalDate today) {
    CaseView c = replies.c().orThrow();
    CaseStatus status = c.status();
    RemovalOrderView order = replies.order().orNull();
    ProtectionClaimView claim = replies.claim().orNull();
    List<RightsNoticeView> notices = replies.rights().orNull();
    List<AppealView> appeals =
        order == null || order.appeals() == null ? List.of() : order.appeals();
    boolean appealPending = appeals.stream().anyMatch(a -> a.status() == AppealStatus.PENDING);
    boolean claimPending = claim != null && claim.status() == ClaimStatus.PENDING;
    List<String> languages = c.languages() == null ? List.of() : c.languages();
    List<ScreeningView> screenings = replies.screenings().orNull();
    return view.data("c", c)
        .data("history", Backend.Answer.items(replies.history()))
        .data("flags", Backend.Answer.items(replies.flags()))
        .data("screenings", screenings == null ? List.of() : screenings)
        .data("rightsNotices", notices)
        .data("rights", RIGHTS)
        .data("rightsMissing", notices == null ? List.of() : rightsMissing(notices))
        .data("languages", String.join(", ", languages))
        .data("firstLanguage", languages.isEmpty() ? "es" : languages.get(0))
        .data("order", order)
        .data("appeals", appeals)
        .data("appealable", order != null && !appealPending && APPEALABLE.contains(status))
        .data("appealWindowClosed", order != null && closedBefore(order.appealDeadline(), today))
        .data("admitsLate", supervisor)
        .data("issuedByMe", order != null && username.equals(order.issuedBy()))
        .data("documents", Backend.Answer.items(replies.documents()))
        .data("gate", replies.gate().orNull())
        .data("claim", claim)
        .data("claimPending", claimPending)
        .data("claimable", !claimPending && CLAIMABLE.contains(status))
        .data("claimDecidedByMe", claim != null && username.equals(claim.decidedBy()))
        .data("caseOpen", !FINAL.contains(status))
        // A partner reads the case under a disclosure grant and may change nothing on it.
        .data("ownCase", c.owningAgency() != null && agency.equals(c.owningAgency().code()))
        .data("me", username)
        .data("flagTypes", List.of(FlagType.values()))
        .data("outcomes", List.of(ScreeningOutcome.values()))
        .data("documentTypes", List.of(TravelDocumentType.values()))
        .data("today", today.toString())
        .data("requestable", REQUESTABLE);
  }

  /** Whether the date is before today: an appeal lodged now would be out of time. */
  static boolean closedBefore(LocalDate deadline, LocalDate today) {
    return deadline != null && deadline.isBefore(today);
  }

  /** The rights no notice on record names yet, in the order the law lists them. */
  static List<Right> rightsMissing(List<RightsNoticeView> notices) {
    Set<Right> told = EnumSet.noneOf(Right.class);
    notices.forEach(n -> told.addAll(n.rights() == null ? List.of() : n.rights()));
    return RIGHTS.stream().filter(r -> !told.contains(r)).toList();
  }

  @POST
  @Path("/{id}/flags")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response raiseFlag(
      @PathParam("id") long id,
      @FormParam("type") String type,
      @FormParam("reason") String reason,
      @FormParam("dueOn") String dueOn,
      @FormParam("key") String key) {
    user.require("raiseFlag");
    FlagRequest body =
        new FlagRequest(
            Forms.choice(FlagType.class, type, "type"), reason, Forms.date(dueOn, "dueOn"));
    backend.send("POST", API + "/" + id + "/flags", body, null, Query.key(key));
    return back(id, "flag_raised");
  }

  @POST
  @Path("/{id}/flags/{flagId}/resolution")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response resolveFlag(
      @PathParam("id") long id,
      @PathParam("flagId") long flagId,
      @FormParam("resolution") String resolution,
      @FormParam("version") Long version) {
    user.require("resolveFlag");
    backend.send(
        "POST",
        API + "/" + id + "/flags/" + flagId + "/resolution",
        new FlagResolution(resolution == null ? "" : resolution),
        version,
        null);
    return back(id, "flag_resolved");
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response transition(
      @PathParam("id") long id,
      @FormParam("status") String status,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("transitionCase");
    CaseTransitionRequest body =
        new CaseTransitionRequest(Forms.choice(CaseStatus.class, status, "status"), reason);
    backend.send("POST", API + "/" + id + "/transitions", body, version, null);
    return back(id, "case_moved");
  }

  @POST
  @Path("/{id}/screenings")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response screen(
      @PathParam("id") long id,
      @FormParam("language") String language,
      @FormParam("interpreter") String interpreter,
      @FormParam("claimExpressed") String claimExpressed,
      @FormParam("outcome") String outcome,
      @FormParam("notes") String notes,
      @FormParam("key") String key) {
    user.require("recordScreening");
    ScreeningRequest body =
        new ScreeningRequest(
            Forms.blankToNull(language),
            Forms.blankToNull(interpreter),
            Forms.yes(claimExpressed),
            Forms.choice(ScreeningOutcome.class, outcome, "outcome"),
            Forms.blankToNull(notes));
    backend.send("POST", API + "/" + id + "/screenings", body, null, Query.key(key));
    return back(id, "screening_recorded");
  }

  @POST
  @Path("/{id}/fitness-to-fly")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fitness(
      @PathParam("id") long id,
      @FormParam("fitToFly") String fit,
      @FormParam("assessedOn") String assessedOn,
      @FormParam("version") Long version) {
    user.require("assessFitnessToFly");
    FitnessRequest body =
        new FitnessRequest(
            fit == null ? null : Forms.yes(fit), Forms.date(assessedOn, "assessedOn"));
    backend.send("PUT", API + "/" + id + "/fitness-to-fly", body, version, null);
    return back(id, "fitness_recorded");
  }

  @POST
  @Path("/{id}/travel-documents")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response requestDocument(
      @PathParam("id") long id,
      @FormParam("type") String type,
      @FormParam("country") String country,
      @FormParam("key") String key) {
    user.require("requestTravelDocument");
    TravelDocumentRequest body =
        new TravelDocumentRequest(
            Forms.choice(TravelDocumentType.class, type, "type"),
            country == null ? null : country.strip().toUpperCase());
    backend.send("POST", API + "/" + id + "/travel-documents", body, null, Query.key(key));
    return back(id, "document_requested");
  }

  @POST
  @Path("/{id}/travel-documents/{documentId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response answerDocument(
      @PathParam("id") long id,
      @PathParam("documentId") long documentId,
      @FormParam("status") String status,
      @FormParam("number") String number,
      @FormParam("issuedOn") String issuedOn,
      @FormParam("expiresOn") String expiresOn,
      @FormParam("version") Long version) {
    user.require("updateTravelDocument");
    TravelDocumentUpdate body =
        new TravelDocumentUpdate(
            Forms.choice(TravelDocumentStatus.class, status, "status"),
            Forms.blankToNull(number),
            Forms.date(issuedOn, "issuedOn"),
            Forms.date(expiresOn, "expiresOn"));
    backend.send("PUT", API + "/" + id + "/travel-documents/" + documentId, body, version, null);
    return back(id, "document_answered");
  }

  @POST
  @Path("/{id}/rights-notices")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recordRights(
      @PathParam("id") long id,
      @FormParam("rights") List<String> rights,
      @FormParam("language") String language,
      @FormParam("interpreter") String interpreter,
      @FormParam("informedOn") String informedOn,
      @FormParam("key") String key) {
    user.require("recordRightsNotice");
    Set<Right> told = new LinkedHashSet<>();
    if (rights != null) {
      rights.forEach(r -> told.add(Forms.choice(Right.class, r, "rights")));
    }
    told.remove(null);
    RightsNoticeRequest body =
        new RightsNoticeRequest(
            told,
            Forms.blankToNull(language),
            Forms.blankToNull(interpreter),
            Forms.date(informedOn, "informedOn"));
    backend.send("POST", API + "/" + id + "/rights-notices", body, null, Query.key(key));
    return back(id, "rights_recorded");
  }

  @POST
  @Path("/{id}/screenings/{screeningId}/confirmation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirmScreening(
      @PathParam("id") long id,
      @PathParam("screeningId") long screeningId,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("confirmScreening");
    backend.send(
        "POST",
        API + "/" + id + "/screenings/" + screeningId + "/confirmation",
        new ScreeningConfirmation(reason == null ? "" : reason),
        version,
        null);
    return back(id, "screening_confirmed");
  }

  @POST
  @Path("/{id}/protection-claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fileClaim(
      @PathParam("id") long id,
      @FormParam("filedOn") String filedOn,
      @FormParam("grounds") String grounds,
      @FormParam("key") String key) {
    user.require("fileProtectionClaim");
    ProtectionClaimRequest body =
        new ProtectionClaimRequest(Forms.date(filedOn, "filedOn"), grounds);
    backend.send("POST", API + "/" + id + "/protection-claim", body, null, Query.key(key));
    return back(id, "claim_filed");
  }

  @POST
  @Path("/{id}/protection-claim/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decideClaim(
      @PathParam("id") long id,
      @FormParam("outcome") String outcome,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("decideProtectionClaim");
    backend.send(
        "POST",
        API + "/" + id + "/protection-claim/decision",
        new ClaimDecisionRequest(
            Forms.choice(ClaimStatus.class, outcome, "outcome"), reason == null ? "" : reason),
        version,
        null);
    return back(id, "claim_decided");
  }

  @POST
  @Path("/{id}/removal-order")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issueOrder(
      @PathParam("id") long id,
      @FormParam("legalBasis") String legalBasis,
      @FormParam("issuedOn") String issuedOn,
      @FormParam("notifiedOn") String notifiedOn,
      @FormParam("appealDeadline") String appealDeadline,
      @FormParam("appealSuspensive") String suspensive,
      @FormParam("key") String key) {
    user.require("issueRemovalOrder");
    RemovalOrderRequest body =
        new RemovalOrderRequest(
            legalBasis,
            Forms.date(issuedOn, "issuedOn"),
            Forms.date(notifiedOn, "notifiedOn"),
            Forms.date(appealDeadline, "appealDeadline"),
            Forms.yes(suspensive));
    backend.send("POST", API + "/" + id + "/removal-order", body, null, Query.key(key));
    return back(id, "order_issued");
  }

  @POST
  @Path("/{id}/removal-order/finality")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response declareFinal(
      @PathParam("id") long id,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("declareOrderFinal");
    backend.send(
        "POST",
        API + "/" + id + "/removal-order/finality",
        new OrderFinalityRequest(reason == null ? "" : reason),
        version,
        null);
    return back(id, "order_final");
  }

  @POST
  @Path("/{id}/removal-order/appeals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fileAppeal(
      @PathParam("id") long id,
      @FormParam("filedOn") String filedOn,
      @FormParam("grounds") String grounds,
      @FormParam("suspensive") String suspensive,
      @FormParam("outOfTimeReason") String outOfTimeReason,
      @FormParam("key") String key) {
    user.require("fileAppeal");
    // Sent as given: the service admits a late appeal only for a supervisor, with a reason.
    AppealRequest body =
        new AppealRequest(
            Forms.date(filedOn, "filedOn"),
            grounds,
            Forms.yes(suspensive),
            Forms.blankToNull(outOfTimeReason));
    backend.send("POST", API + "/" + id + "/removal-order/appeals", body, null, Query.key(key));
    return back(id, "appeal_filed");
  }

  @POST
  @Path("/{id}/removal-order/appeals/{appealId}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decideAppeal(
      @PathParam("id") long id,
      @PathParam("appealId") long appealId,
      @FormParam("outcome") String outcome,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("decideAppeal");
    backend.send(
        "POST",
        API + "/" + id + "/removal-order/appeals/" + appealId + "/decision",
        new AppealDecisionRequest(
            Forms.choice(AppealStatus.class, outcome, "outcome"), reason == null ? "" : reason),
        version,
        null);
    return back(id, "appeal_decided");
  }

  private static Response back(long id, String done) {
    return Views.done("/portal/cases/" + id, done);
  }

  private static void put(Map<String, String> filters, String name, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(name, value.strip());
    }
  }
}
