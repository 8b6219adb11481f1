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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  CasePages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
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
                "order", base + "/removal-order",
                "documents", base + "/travel-documents?limit=50",
                "gate", base + "/enforceability",
                "claim", base + "/protection-claim"));
    Object screenings = replies.get("screenings").body();
    TemplateInstance view =
        views
            .page("case", "cases")
            .data("c", replies.get("case").orThrow())
            .data("history", replies.get("history").items())
            .data("flags", replies.get("flags").items())
            .data("screenings", screenings instanceof List<?> l ? l : List.of())
            .data("order", replies.get("order").ok().orElse(null))
            .data("documents", replies.get("documents").items())
            .data("gate", replies.get("gate").ok().orElse(null))
            .data("claim", replies.get("claim").ok().orElse(null))
            .data("flagTypes", FLAGS)
            .data("outcomes", List.of("NO_CLAIM", "REFERRED", "SCREENED_IN", "SCREENED_OUT"))
            .data(
                "documentTypes", List.of("PASSPORT", "CONSULAR_TRAVEL_DOCUMENT", "LAISSEZ_PASSER"))
            .data("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
            .data("requestable", REQUESTABLE)
            .data("key", UUID.randomUUID().toString());
    return Views.html(view);
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

  private static Response back(long id, String done) {
    return Views.done("/portal/cases/" + id, done);
  }

  private static void put(Map<String, String> filters, String name, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(name, value.strip());
    }
  }
}
