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

  @GET
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("nationality") String nationality,
      @QueryParam("openFlag") String openFlag,
      @QueryParam("encounteredFrom") String from,
      @QueryParam("encounteredTo") String to,
      @QueryParam("cursor") String cursor) {
    user.require("listCases");
    Map<String, String> filters = new LinkedHashMap<>();
    put(filters, "status", status);
    put(filters, "nationality", nationality == null ? null : nationality.strip().toUpperCase());
    put(filters, "openFlag", openFlag);
    put(filters, "encounteredFrom", from);
    put(filters, "encounteredTo", to);
    String query = Query.of(filters);
    Map<String, Object> page =
        backend.get(
            API + "?limit=25" + (query.isEmpty() ? "" : "&" + query) + Query.and("cursor", cursor));
    Object next = page.get("nextCursor");
    TemplateInstance view =
        views
            .page("cases", "cases")
            .data("cases", Backend.items(page))
            .data("filters", filters)
            .data("statuses", STATUSES)
            .data("flags", FLAGS)
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/cases?"
                        + (query.isEmpty() ? "" : query + "&")
                        + Query.of(Map.of("cursor", next.toString())))
            .data(
                "firstPage",
                cursor == null ? null : "/portal/cases" + (query.isEmpty() ? "" : "?" + query));
    return html(view);
  }

  @GET
  @Path("/{id}")
  public Response detail(@PathParam("id") long id) {
    user.require("getCase");
    String base = API + "/" + id;
    List<Backend.Reply> replies =
        backend.getAll(
            List.of(
                base,
                base + "/history?limit=100",
                base + "/flags?limit=100",
                base + "/screenings",
                base + "/removal-order",
                base + "/travel-documents?limit=50",
                base + "/enforceability",
                base + "/protection-claim"));
    Backend.Reply person = replies.get(0);
    if (person.status() >= 400) {
      throw new BackendProblem(person.status(), person.object());
    }
    TemplateInstance view =
        views
            .page("case", "cases")
            .data("c", person.object())
            .data("history", Backend.items(replies.get(1).object()))
            .data("flags", Backend.items(replies.get(2).object()))
            .data("screenings", replies.get(3).body() instanceof List<?> l ? l : List.of())
            .data("order", replies.get(4).ok().orElse(null))
            .data("documents", Backend.items(replies.get(5).object()))
            .data("gate", replies.get(6).ok().orElse(null))
            .data("claim", replies.get(7).ok().orElse(null))
            .data("flagTypes", FLAGS)
            .data("requestable", REQUESTABLE)
            .data("key", UUID.randomUUID().toString());
    return html(view);
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

  private static Response back(long id, String done) {
    return Response.seeOther(java.net.URI.create("/portal/cases/" + id + "?done=" + done)).build();
  }

  private static void put(Map<String, String> filters, String name, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(name, value.strip());
    }
  }

  static Response html(TemplateInstance view) {
    // Pages with personal data are never cached, by the browser or on the way.
    return Response.ok(view.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .build();
  }
}
