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
import java.util.ArrayList;
import java.util.List;
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
    boolean agreements = user.may("listAgreements");
    boolean payments = user.may("listDisbursements");
    List<Backend.Reply> replies =
        backend.getAll(
            List.of(
                agreements ? API + "/agreements?limit=100" : API + "/agreements?limit=1",
                payments
                    ? API + "/disbursements?status=REQUESTED&limit=100"
                    : API + "/agreements?limit=1"));
    return CasePages.html(
        views
            .page("funding", "funding")
            .data("agreements", agreements ? Backend.items(replies.get(0).object()) : null)
            .data("payments", payments ? Backend.items(replies.get(1).object()) : null));
  }

  @GET
  @Path("/agreements/{id}")
  public Response agreement(@PathParam("id") long id) {
    user.requireRuns("funding");
    user.require("getAgreement");
    String base = API + "/agreements/" + id;
    List<String> paths = new ArrayList<>(List.of(base, base + "/budget-lines?limit=50"));
    paths.add(API + "/obligations?limit=100&agreementId=" + id);
    paths.add(user.may("listLedgerEntries") ? base + "/ledger?limit=200" : base);
    List<Backend.Reply> replies = backend.getAll(paths);
    Backend.Reply agreement = replies.get(0);
    if (agreement.status() >= 400) {
      throw new BackendProblem(agreement.status(), agreement.object());
    }
    return CasePages.html(
        views
            .page("agreement", "funding")
            .data("a", agreement.object())
            .data("lines", Backend.items(replies.get(1).object()))
            .data("obligations", Backend.items(replies.get(2).object()))
            .data(
                "ledger",
                user.may("listLedgerEntries") ? Backend.items(replies.get(3).object()) : null));
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
