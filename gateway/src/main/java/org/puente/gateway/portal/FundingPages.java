package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Funding: agreements with their lines, obligations and ledger, and the payments waiting for a
 * second person's decision (the service refuses the requester's own approval; the page says why).
 */
@Path("/portal/funding")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FundingPages {

  static final String API = "/api/v1/funding";

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  FundingPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  @GET
  public Response overview() {
    user.requireRuns("funding");
    if (!user.seesFunding()) {
      throw new jakarta.ws.rs.ForbiddenException();
    }
    Map<String, String> paths = new LinkedHashMap<>();
    if (user.may("listAgreements")) {
      paths.put("agreements", API + "/agreements?limit=100");
    }
    if (user.may("listDisbursements")) {
      paths.put("payments", API + "/disbursements?status=REQUESTED&limit=100");
    }
    Map<String, Backend.Reply> replies = backend.getAll(paths);
    Backend.Reply agreements = replies.get("agreements");
    Backend.Reply payments = replies.get("payments");
    return Views.html(
        views
            .page("funding", "funding")
            // A list that did not come is not shown; if funding is away, the page says whose.
            .data("agreements", agreements == null ? null : agreements.itemsOrNull())
            .data("payments", payments == null ? null : payments.itemsOrNull()));
  }

  @GET
  @Path("/agreements/{id}")
  public Response agreement(@PathParam("id") long id) {
    user.requireRuns("funding");
    user.require("getAgreement");
    String base = API + "/agreements/" + id;
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("agreement", base);
    paths.put("lines", base + "/budget-lines?limit=50");
    paths.put("obligations", API + "/obligations?limit=100&agreementId=" + id);
    if (user.may("listLedgerEntries")) {
      paths.put("ledger", base + "/ledger?limit=200");
    }
    Map<String, Backend.Reply> replies = backend.getAll(paths);
    Backend.Reply ledger = replies.get("ledger");
    return Views.html(
        views
            .page("agreement", "funding")
            .data("a", replies.get("agreement").orThrow())
            .data("lines", replies.get("lines").items())
            .data("obligations", replies.get("obligations").items())
            .data("ledger", ledger == null ? null : ledger.items()));
  }

  @POST
  @Path("/disbursements/{id}/approval")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approve(@PathParam("id") long id, @FormParam("version") Long version) {
    user.require("approveDisbursement");
    backend.send("POST", API + "/disbursements/" + id + "/approval", null, version, null);
    return Response.seeOther(URI.create("/portal/funding?done=payment_approved")).build();
  }

  @POST
  @Path("/disbursements/{id}/rejection")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reject(
      @PathParam("id") long id,
      @FormParam("version") Long version,
      @FormParam("reason") String reason) {
    user.require("rejectDisbursement");
    backend.send(
        "POST",
        API + "/disbursements/" + id + "/rejection",
        Map.of("reason", reason == null ? "" : reason),
        version,
        null);
    return Response.seeOther(URI.create("/portal/funding?done=payment_rejected")).build();
  }
}
