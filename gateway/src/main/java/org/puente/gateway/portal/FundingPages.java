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
import org.puente.funding.api.AgreementView;
import org.puente.funding.api.BudgetLineView;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.LedgerEntryView;
import org.puente.funding.api.ObligationView;
import org.puente.funding.api.PaymentDecisionRequest;
import org.puente.funding.api.UnitCostReport;

/**
 * Funding: agreements with their lines, obligations and ledger, the payments waiting for a second
 * person's decision (the service refuses the requester's own approval; the page says why), and what
 * each removal and each certified officer cost, from actuals, as charts, a table and a CSV.
 */
@Path("/portal/funding")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FundingPages {

  static final String API = "/api/v1/funding";

  /** The unit costs from actuals (funding-service's unitCostReport). */
  static final String UNIT_COSTS = API + "/reports/unit-costs";

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
    // All asked at once; each answer is taken in turn.
    var agreements =
        user.may("listAgreements")
            ? backend.readPage(API + "/agreements?limit=100", AgreementView.class)
            : null;
    var payments =
        user.may("listDisbursements")
            ? backend.readPage(
                API + "/disbursements?status=" + DisbursementStatus.REQUESTED + "&limit=100",
                DisbursementView.class)
            : null;
    boolean unitCostsAsked = user.may("unitCostReport");
    var byObligation =
        unitCostsAsked
            ? backend.read(UNIT_COSTS + "?groupBy=obligation", UnitCostReport.class)
            : null;
    var byPeriod =
        unitCostsAsked ? backend.read(UNIT_COSTS + "?groupBy=period", UnitCostReport.class) : null;
    UnitCostReport obligationCosts = byObligation == null ? null : byObligation.answer().orNull();
    UnitCostReport periodCosts = byPeriod == null ? null : byPeriod.answer().orNull();
    Fmt fmt = views.fmt();
    AccountabilityMessages t = views.accountability();
    return Views.html(
        views
            .page("funding", "funding")
            .data("unitCostsAsked", unitCostsAsked)
            .data(
                "removalsByOperation",
                obligationCosts == null
                    ? null
                    : UnitCostCharts.removalsByOperation(obligationCosts, fmt, t))
            .data(
                "removalsByPeriod",
                periodCosts == null ? null : UnitCostCharts.removalsByPeriod(periodCosts, fmt, t))
            .data(
                "officersBySession",
                obligationCosts == null
                    ? null
                    : UnitCostCharts.officersBySession(obligationCosts, fmt, t))
            .data(
                "unitCostLines",
                obligationCosts == null ? null : UnitCostCharts.lines(obligationCosts, fmt, t))
            .data("unitCostsCsv", UNIT_COSTS + "?groupBy=obligation&format=csv")
            // A list that did not come is not shown; if funding is away, the page says whose.
            .data(
                "agreements",
                agreements == null ? null : Backend.Answer.itemsOrNull(agreements.answer()))
            .data(
                "payments",
                payments == null ? null : Backend.Answer.itemsOrNull(payments.answer())));
  }

  @GET
  @Path("/agreements/{id}")
  public Response agreement(@PathParam("id") long id) {
    user.requireRuns("funding");
    user.require("getAgreement");
    String base = API + "/agreements/" + id;
    var agreement = backend.read(base, AgreementView.class);
    var lines = backend.readPage(base + "/budget-lines?limit=50", BudgetLineView.class);
    var obligations =
        backend.readPage(API + "/obligations?limit=100&agreementId=" + id, ObligationView.class);
    var ledger =
        user.may("listLedgerEntries")
            ? backend.readPage(base + "/ledger?limit=200", LedgerEntryView.class)
            : null;
    AgreementView a = agreement.answer().orThrow();
    return Views.html(
        views
            .page("agreement", "funding")
            .data("a", a)
            .data("lines", Backend.Answer.items(lines.answer()))
            .data("obligations", Backend.Answer.items(obligations.answer()))
            .data("ledger", ledger == null ? null : Backend.Answer.items(ledger.answer())));
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
        new PaymentDecisionRequest(reason == null ? "" : reason),
        version,
        null);
    return Response.seeOther(URI.create("/portal/funding?done=payment_rejected")).build();
  }
}
