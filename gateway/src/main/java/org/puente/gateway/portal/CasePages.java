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
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
  static final List<String> REQUESTABLE = List.of("SCREENING", "RELEASED", "CLOSED");

  static final List<String> STATUSES =
      List.of(
          "OPEN",
          "SCREENING",
          "PROTECTION_CLAIM_PENDING",
          "PROTECTION_GRANTED",
          "PROTECTION_DENIED",
          "REMOVAL_ORDERED",
          "APPEAL_PENDING",
          "ENFORCEABLE",
          "MANIFESTED",
          "REMOVED",
          "RELEASED",
          "CLOSED");

  /**
   * The rights a person must be told of before a removal order is issued (deportation-service's
   * {@code Right}), in the order the law lists them.
   */
  static final List<String> RIGHTS =
      List.of("SEEK_PROTECTION", "APPEAL", "CONSULAR_CONTACT", "LEGAL_AID", "UNHCR_IOM_CONTACT");

  /** Statuses from which the case state machine lets a protection claim be filed. */
  static final List<String> CLAIMABLE =
      List.of("SCREENING", "PROTECTION_DENIED", "REMOVAL_ORDERED", "ENFORCEABLE", "MANIFESTED");

  /** Statuses in which an order may be appealed (a suspensive appeal moves to APPEAL_PENDING). */
  static final List<String> APPEALABLE = List.of("REMOVAL_ORDERED", "ENFORCEABLE", "MANIFESTED");

  /** Final statuses: nothing more is recorded on the case. */
  static final List<String> FINAL = List.of("PROTECTION_GRANTED", "REMOVED", "RELEASED", "CLOSED");

  static final List<String> FLAGS =
      List.of(
          "UNACCOMPANIED_MINOR",
          "MINOR",
          "MEDICAL",
          "PREGNANCY",
          "TRAFFICKING_SURVIVOR",
          "DISABILITY",
          "FAMILY_UNITY");

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
    Map<String, Object> body = new LinkedHashMap<>(filters);
    body.put("limit", 25);
    if (cursor != null && !cursor.isBlank()) {
      body.put("cursor", cursor);
    }
    Map<String, Object> page = backend.send("POST", API + "/search", body, null, null).object();
    return Views.html(
        views
            .page("cases", "cases")
            .data("cases", Backend.items(page))
            .data("filters", filters)
            .data("statuses", STATUSES)
            .data("flags", FLAGS)
            .data("nextCursor", page.get("nextCursor"))
            .data("paged", cursor != null && !cursor.isBlank()));
  }

  @GET
  @Path("/{id}")
  public Response detail(@PathParam("id") long id) {
    user.requireRuns("removals");
    user.require("getCase");
    String base = API + "/" + id;
    Map<String, Backend.Reply> replies =
        backend.getAll(
            Map.of(
                "case", base,
                "history", base + "/history?limit=100",
                "flags", base + "/flags?limit=100",
                "screenings", base + "/screenings",
                "rights", base + "/rights-notices",
                "order", base + "/removal-order",
                "documents", base + "/travel-documents?limit=50",
                "gate", base + "/enforceability",
                "claim", base + "/protection-claim"));
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
      Map<String, Backend.Reply> replies,
      String username,
      String agency,
      boolean supervisor,
      LocalDate today) {
    Map<String, Object> c = replies.get("case").orThrow();
    String status = String.valueOf(c.get("status"));
    Map<String, Object> order = replies.get("order").ok().orElse(null);
    Map<String, Object> claim = replies.get("claim").ok().orElse(null);
    List<Map<String, Object>> notices = list(replies.get("rights"));
    List<Map<String, Object>> appeals = order == null ? List.of() : maps(order.get("appeals"));
    boolean appealPending = appeals.stream().anyMatch(a -> "PENDING".equals(a.get("status")));
    boolean claimPending = claim != null && "PENDING".equals(claim.get("status"));
    List<String> languages = c.get("languages") instanceof List<?> l ? strings(l) : List.of();
    List<Map<String, Object>> screenings = list(replies.get("screenings"));
    return view.data("c", c)
        .data("history", replies.get("history").items())
        .data("flags", replies.get("flags").items())
        .data("screenings", screenings == null ? List.of() : screenings)
        .data("rightsNotices", notices)
        .data("rights", RIGHTS)
        .data("rightsMissing", notices == null ? List.of() : rightsMissing(notices))
        .data("languages", String.join(", ", languages))
        .data("firstLanguage", languages.isEmpty() ? "es" : languages.get(0))
        .data("order", order)
        .data("appeals", appeals)
        .data("appealable", order != null && !appealPending && APPEALABLE.contains(status))
        .data(
            "appealWindowClosed", order != null && closedBefore(order.get("appealDeadline"), today))
        .data("admitsLate", supervisor)
        .data("issuedByMe", order != null && username.equals(order.get("issuedBy")))
        .data("documents", replies.get("documents").items())
        .data("gate", replies.get("gate").ok().orElse(null))
        .data("claim", claim)
        .data("claimPending", claimPending)
        .data("claimable", !claimPending && CLAIMABLE.contains(status))
        .data("claimDecidedByMe", claim != null && username.equals(claim.get("decidedBy")))
        .data("caseOpen", !FINAL.contains(status))
        // A partner reads the case under a disclosure grant and may change nothing on it.
        .data("ownCase", agency.equals(c.get("owningAgency")))
        .data("me", username)
        .data("flagTypes", FLAGS)
        .data("outcomes", List.of("NO_CLAIM", "REFERRED", "SCREENED_IN", "SCREENED_OUT"))
        .data("documentTypes", List.of("PASSPORT", "CONSULAR_TRAVEL_DOCUMENT", "LAISSEZ_PASSER"))
        .data("today", today.toString())
        .data("requestable", REQUESTABLE);
  }

  /** The rights no notice on record names yet, in the order the law lists them. */
  static List<String> rightsMissing(List<Map<String, Object>> notices) {
    Set<String> told = new HashSet<>();
    notices.forEach(
        n -> told.addAll(n.get("rights") instanceof List<?> l ? strings(l) : List.of()));
    return RIGHTS.stream().filter(r -> !told.contains(r)).toList();
  }

  /** Whether the date (ISO) is before today: an appeal lodged now would be out of time. */
  static boolean closedBefore(Object deadline, LocalDate today) {
    try {
      return deadline != null && LocalDate.parse(deadline.toString()).isBefore(today);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A list answered ({@code [...]}), or null when the call was refused or the service is away. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Backend.Reply reply) {
    return reply.status() < 400 && reply.body() instanceof List<?> l
        ? (List<Map<String, Object>>) l
        : null;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
  }

  private static List<String> strings(List<?> values) {
    return values.stream().map(String::valueOf).toList();
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("reason", reason);
    if (dueOn != null && !dueOn.isBlank()) {
      body.put("dueOn", dueOn);
    }
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
        Map.of("resolution", resolution == null ? "" : resolution),
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("reason", reason);
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("language", Forms.blankToNull(language));
    body.put("interpreter", Forms.blankToNull(interpreter));
    body.put("claimExpressed", "true".equals(claimExpressed));
    body.put("outcome", outcome);
    body.put("notes", Forms.blankToNull(notes));
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("fitToFly", fit == null ? null : Boolean.valueOf("true".equals(fit)));
    body.put("assessedOn", Forms.blankToNull(assessedOn));
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("country", country == null ? null : country.strip().toUpperCase());
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("number", Forms.blankToNull(number));
    body.put("issuedOn", Forms.blankToNull(issuedOn));
    body.put("expiresOn", Forms.blankToNull(expiresOn));
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("rights", rights == null ? List.of() : rights);
    body.put("language", Forms.blankToNull(language));
    body.put("interpreter", Forms.blankToNull(interpreter));
    body.put("informedOn", Forms.blankToNull(informedOn));
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
        Map.of("reason", reason == null ? "" : reason),
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("filedOn", Forms.blankToNull(filedOn));
    body.put("grounds", grounds);
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
        decision(outcome, reason),
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("legalBasis", legalBasis);
    body.put("issuedOn", Forms.blankToNull(issuedOn));
    body.put("notifiedOn", Forms.blankToNull(notifiedOn));
    body.put("appealDeadline", Forms.blankToNull(appealDeadline));
    body.put("appealSuspensive", "true".equals(suspensive));
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
        Map.of("reason", reason == null ? "" : reason),
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("filedOn", Forms.blankToNull(filedOn));
    body.put("grounds", grounds);
    body.put("suspensive", "true".equals(suspensive));
    // Sent as given: the service admits a late appeal only for a supervisor, with a reason.
    body.put("outOfTimeReason", Forms.blankToNull(outOfTimeReason));
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
        decision(outcome, reason),
        version,
        null);
    return back(id, "appeal_decided");
  }

  /** A decision as the services take it; no outcome chosen is sent as none, for a 400 naming it. */
  private static Map<String, Object> decision(String outcome, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", Forms.blankToNull(outcome));
    body.put("reason", reason == null ? "" : reason);
    return body;
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
