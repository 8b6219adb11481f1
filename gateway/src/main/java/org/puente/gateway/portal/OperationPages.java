package org.puente.gateway.portal;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Removal operations: plan one (with its funding line), follow its funding, build the manifest (the
 * gate's reasons shown when a case is refused), freeze it, depart and complete.
 */
@Path("/portal/operations")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OperationPages {

  static final String API = "/api/v1/removals/operations";
  static final List<String> STATUSES =
      List.of(
          "PLANNED",
          "FUNDING_PENDING",
          "FUNDED",
          "MANIFEST_FROZEN",
          "DEPARTED",
          "COMPLETED",
          "CANCELLED");

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  OperationPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  @GET
  public Response list(@QueryParam("status") String status, @QueryParam("cursor") String cursor) {
    user.requireRuns("removals");
    user.require("listOperations");
    String query = status == null || status.isBlank() ? "" : Query.and("status", status);
    Map<String, Object> page = backend.get(API + "?limit=25" + query + Query.and("cursor", cursor));
    Object next = page.get("nextCursor");
    return Views.html(
        views
            .page("operations", "operations")
            .data("operations", Backend.items(page))
            .data("statuses", STATUSES)
            .data("status", status == null ? "" : status)
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/operations?"
                        + query.replaceFirst("^&", "")
                        + Query.and("cursor", next.toString())));
  }

  @GET
  @Path("/new")
  public Response planForm() {
    user.requireRuns("removals");
    user.require("planOperation");
    List<Map<String, Object>> lines = List.of();
    if (user.may("listAllBudgetLines")) {
      // Funding is another agency's where removals are SNM's: if it is away, the form still works
      // without a line (the page says whose service is away).
      Backend.Reply answer =
          backend.getAll(Map.of("lines", "/api/v1/funding/budget-lines?limit=200")).get("lines");
      lines =
          answer.items().stream()
              .filter(
                  l ->
                      List.of("CHARTER_FLIGHTS", "COMMERCIAL_TICKETS")
                          .contains(String.valueOf(l.get("category"))))
              .toList();
    }
    return Views.html(
        views
            .page("operation-new", "operations")
            .data("lines", lines)
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
      @FormParam("cost") String cost,
      @FormParam("budgetLineId") String budgetLineId,
      @FormParam("key") String key) {
    user.require("planOperation");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("destinationCountry", upper(country));
    body.put("destinationAirport", upper(airport));
    body.put("departureAt", Forms.instant(departure, views.zone()));
    body.put("seats", Forms.number(seats));
    if (monitors != null && !monitors.isBlank()) {
      body.put(
          "monitors",
          Arrays.stream(monitors.split("[,\\n]"))
              .map(String::strip)
              .filter(m -> !m.isEmpty())
              .toList());
    }
    if (cost != null && !cost.isBlank()) {
      body.put("costEstimate", Map.of("amount", cost.strip(), "currency", "USD"));
    }
    if (budgetLineId != null && !budgetLineId.isBlank()) {
      body.put("budgetLineId", Forms.number(budgetLineId));
    }
    Map<String, Object> created = backend.send("POST", API, body, null, Query.key(key)).object();
    return Response.seeOther(
            URI.create("/portal/operations/" + created.get("id") + "?done=operation_planned"))
        .build();
  }

  @GET
  @Path("/{id}")
  public Response detail(@PathParam("id") long id) {
    user.requireRuns("removals");
    user.require("getOperation");
    String base = API + "/" + id;
    Map<String, Backend.Reply> replies =
        backend.getAll(
            Map.of(
                "operation", base,
                "seats", base + "/manifest?limit=200",
                "incidents", base + "/incidents?limit=50"));
    return Views.html(
        views
            .page("operation", "operations")
            .data("o", replies.get("operation").orThrow())
            .data("seats", replies.get("seats").items())
            .data("incidents", replies.get("incidents").items()));
  }

  @POST
  @Path("/{id}/manifest")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addToManifest(@PathParam("id") long id, @FormParam("caseId") String caseId) {
    user.require("addToManifest");
    backend.send(
        "POST", API + "/" + id + "/manifest", Map.of("caseId", Forms.number(caseId)), null, null);
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
        Map.of("officerId", Forms.number(officerId)),
        null,
        null);
    return back(id, "escort_added");
  }

  @POST
  @Path("/{id}/manifest/freeze")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response freeze(@PathParam("id") long id, @FormParam("version") Long version) {
    user.require("freezeManifest");
    backend.send("POST", API + "/" + id + "/manifest/freeze", Map.of(), version, null);
    return back(id, "manifest_frozen");
  }

  @POST
  @Path("/{id}/departure")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response depart(@PathParam("id") long id, @FormParam("version") Long version) {
    user.require("departOperation");
    backend.send("POST", API + "/" + id + "/departure", Map.of(), version, null);
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("reason", reason);
    if (actualCost != null && !actualCost.isBlank()) {
      body.put("actualCost", Map.of("amount", actualCost.strip(), "currency", "USD"));
    }
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
        Map.of("budgetLineId", Forms.number(budgetLineId)),
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
