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
import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.puente.common.money.Money;
import org.puente.common.paging.Page;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.AgreementUpdate;
import org.puente.funding.api.AgreementView;
import org.puente.funding.api.AllotmentRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.funding.api.BudgetLineView;
import org.puente.funding.api.DeliveredOutput;
import org.puente.funding.api.DeobligationReason;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.ExecutionReport;
import org.puente.funding.api.LedgerEntryView;
import org.puente.funding.api.ObligationRequest;
import org.puente.funding.api.ObligationView;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.PaymentDecisionRequest;
import org.puente.funding.api.PaymentKind;
import org.puente.funding.api.ReversalKind;
import org.puente.funding.api.ReversalReason;
import org.puente.funding.api.ReversalRequest;
import org.puente.funding.api.ReversalStatus;
import org.puente.funding.api.ReversalView;
import org.puente.funding.api.UnitCostReport;

/**
 * Funding: agreements with their lines, obligations and ledger, the payments waiting for a second
 * person's decision (the service refuses the requester's own approval; the page says why), and what
 * each removal and each certified officer cost, from actuals, as charts, a table and a CSV.
 *
 * <p>The donor's funding officer creates and amends agreements, adds and re-allots lines, obligates
 * funds on a line by hand and returns them; a funding officer requests payments and reversals, and
 * a certifying officer other than the requester decides them (the service's four-eyes rule). Each
 * page offers only what the service would accept from this user: a change of another agency's
 * agreement, or a decision on one's own request, is not offered but said.
 */
@Path("/portal/funding")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FundingPages implements FormPages {

  static final String API = "/api/v1/funding";

  /**
   * What a budget officer obligates for by hand: the kind of record a reference names ({@code
   * kind:id}, the API's pattern). The services obligate for removal operations and training
   * sessions themselves; a person does too when a cost came outside them, or for goods bought.
   */
  static final List<String> REFERENCE_KINDS =
      List.of("removal-operation", "training-session", "purchase-order", "contract");

  /** The unit costs from actuals (funding-service's unitCostReport). */
  static final String UNIT_COSTS = API + "/reports/unit-costs";

  private static final Pattern AGREEMENT = Pattern.compile("/portal/funding/agreements/(\\d+)");
  private static final Pattern LINE = Pattern.compile("/portal/funding/lines/(\\d+)");
  private static final Pattern OBLIGATION = Pattern.compile("/portal/funding/obligations/(\\d+)");
  private static final Pattern PAYMENT = Pattern.compile("/portal/funding/disbursements/(\\d+)");
  private static final Pattern REVERSAL = Pattern.compile("/portal/funding/reversals/(\\d+)");

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  FundingPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  /**
   * The funding pages that hold forms, drawn again for a refused form (its values and the service's
   * words kept, see {@link FormState}).
   */
  @Override
  public Optional<Response> page(String path) {
    switch (path) {
      case "/portal/funding":
        return Optional.of(overview());
      case "/portal/funding/agreements/new":
        return Optional.of(newAgreement());
      case "/portal/funding/disbursements/new":
        return Optional.of(newPayment(null));
      default:
        break;
    }
    return FormPages.match(path, AGREEMENT)
        .map(m -> agreement(Long.parseLong(m.group(1))))
        .or(() -> FormPages.match(path, LINE).map(m -> line(Long.parseLong(m.group(1)))))
        .or(
            () ->
                FormPages.match(path, OBLIGATION).map(m -> obligation(Long.parseLong(m.group(1)))))
        .or(() -> FormPages.match(path, PAYMENT).map(m -> payment(Long.parseLong(m.group(1)))))
        .or(() -> FormPages.match(path, REVERSAL).map(m -> reversal(Long.parseLong(m.group(1)))));
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

  /**
   * A reversal opened by its number: reversals have no list in the API (a payment's page does not
   * name them), so the requester passes the number on, as the notice after the request shows it.
   */
  @GET
  @Path("/reversals")
  public Response findReversal(@QueryParam("number") String number) {
    user.require("getReversal");
    Long id = Forms.number(number, "number");
    if (id == null || id < 1) {
      throw BackendProblem.invalid("number", "must be a reversal's number");
    }
    return Response.seeOther(URI.create("/portal/funding/reversals/" + id)).build();
  }

  // --- agreements

  @GET
  @Path("/agreements/new")
  public Response newAgreement() {
    user.requireRuns("funding");
    user.require("createAgreement");
    return Views.html(
        views
            .page("funding-agreement-new", "funding")
            .data("agencies", recipients(user.agency()))
            .data("key", UUID.randomUUID().toString()));
  }

  /** The agencies an agreement may fund: every other party to the arrangement (the API's codes). */
  static List<Agency> recipients(String donor) {
    return Arrays.stream(Agency.values()).filter(a -> !a.code().equals(donor)).toList();
  }

  @POST
  @Path("/agreements")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createAgreement(
      @FormParam("reference") String reference,
      @FormParam("title") String title,
      @FormParam("recipientAgency") String recipient,
      @FormParam("treasuryAccount") String treasuryAccount,
      @FormParam("ceiling") String ceiling,
      @FormParam("periodStart") String periodStart,
      @FormParam("periodEnd") String periodEnd,
      @FormParam("key") String key) {
    user.require("createAgreement");
    AgreementRequest body =
        new AgreementRequest(
            Forms.blankToNull(reference),
            Forms.blankToNull(title),
            agency(recipient, "recipientAgency"),
            Forms.blankToNull(treasuryAccount),
            Forms.usd(ceiling, "ceiling"),
            Forms.date(periodStart, "periodStart"),
            Forms.date(periodEnd, "periodEnd"));
    AgreementView created =
        backend.send("POST", API + "/agreements", body, null, Query.key(key), AgreementView.class);
    return Views.done("/portal/funding/agreements/" + created.id(), "agreement_created");
  }

  /** An agency chosen by its code; none chosen is none (the service names the field). */
  static Agency agency(String code, String field) {
    String chosen = Forms.blankToNull(code);
    return chosen == null
        ? null
        : Agency.fromCode(chosen)
            .orElseThrow(() -> BackendProblem.invalid(field, "is not one of the values offered"));
  }

  /** The answers an agreement page is drawn from; a section the user may not read is null. */
  record AgreementAnswers(
      Backend.Answer<AgreementView> agreement,
      Backend.Answer<Page<BudgetLineView>> lines,
      Backend.Answer<Page<ObligationView>> obligations,
      Backend.Answer<Page<LedgerEntryView>> ledger,
      Backend.Answer<ExecutionReport> execution) {}

  @GET
  @Path("/agreements/{id}")
  public Response agreement(@PathParam("id") long id) {
    user.requireRuns("funding");
    user.require("getAgreement");
    String base = API + "/agreements/" + id;
    // All asked at once; each answer is taken in turn.
    var agreement = backend.read(base, AgreementView.class);
    var lines =
        user.may("listBudgetLines")
            ? backend.readPage(base + "/budget-lines?limit=200", BudgetLineView.class)
            : null;
    var obligations =
        user.may("listObligations")
            ? backend.readPage(
                API + "/obligations?limit=200&agreementId=" + id, ObligationView.class)
            : null;
    var ledger =
        user.may("listLedgerEntries")
            ? backend.readPage(base + "/ledger?limit=200", LedgerEntryView.class)
            : null;
    var execution =
        user.may("executionReport")
            ? backend.read(API + "/reports/execution?agreementId=" + id, ExecutionReport.class)
            : null;
    AgreementAnswers answers =
        new AgreementAnswers(
            agreement.answer(),
            lines == null ? null : lines.answer(),
            obligations == null ? null : obligations.answer(),
            ledger == null ? null : ledger.answer(),
            execution == null ? null : execution.answer());
    return Views.html(
        agreementView(views.page("agreement", "funding"), answers, user.agency())
            .data("key", UUID.randomUUID().toString()));
  }

  /**
   * The agreement page's data. Only the donor's funding officers change an agreement, its lines and
   * obligations (the service answers anyone else 403), and a closed one takes no new line: the page
   * offers those forms only then, and says why otherwise.
   */
  static TemplateInstance agreementView(
      TemplateInstance view, AgreementAnswers answers, String agency) {
    AgreementView a = answers.agreement().orThrow();
    return view.data("a", a)
        .data("donor", isDonor(a, agency))
        .data("open", a.status() == AgreementStatus.ACTIVE)
        .data("lines", answers.lines() == null ? null : Backend.Answer.items(answers.lines()))
        .data(
            "obligations",
            answers.obligations() == null ? null : Backend.Answer.items(answers.obligations()))
        .data("ledger", answers.ledger() == null ? null : Backend.Answer.items(answers.ledger()))
        .data("execution", answers.execution() == null ? null : answers.execution().orNull())
        .data("categories", List.of(BudgetCategory.values()))
        .data("iati", API + "/agreements/" + a.id() + "/iati");
  }

  static boolean isDonor(AgreementView a, String agency) {
    return a.donorAgency() != null && a.donorAgency().code().equals(agency);
  }

  @POST
  @Path("/agreements/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response amendAgreement(
      @PathParam("id") long id,
      @FormParam("title") String title,
      @FormParam("ceiling") String ceiling,
      @FormParam("periodEnd") String periodEnd,
      @FormParam("version") Long version) {
    user.require("amendAgreement");
    AgreementUpdate body =
        new AgreementUpdate(
            Forms.blankToNull(title),
            Forms.usd(ceiling, "ceiling"),
            Forms.date(periodEnd, "periodEnd"));
    backend.send("PUT", API + "/agreements/" + id, body, version, null);
    return Views.done("/portal/funding/agreements/" + id, "agreement_amended");
  }

  @POST
  @Path("/agreements/{id}/closure")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response closeAgreement(@PathParam("id") long id, @FormParam("version") Long version) {
    user.require("closeAgreement");
    backend.send("POST", API + "/agreements/" + id + "/closure", null, version, null);
    return Views.done("/portal/funding/agreements/" + id, "agreement_closed");
  }

  // --- budget lines

  @POST
  @Path("/agreements/{id}/budget-lines")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createLine(
      @PathParam("id") long id,
      @FormParam("category") String category,
      @FormParam("description") String description,
      @FormParam("allotted") String allotted,
      @FormParam("key") String key) {
    user.require("createBudgetLine");
    BudgetLineRequest body =
        new BudgetLineRequest(
            Forms.choice(BudgetCategory.class, category, "category"),
            Forms.blankToNull(description),
            Forms.usd(allotted, "allotted"));
    BudgetLineView created =
        backend.send(
            "POST",
            API + "/agreements/" + id + "/budget-lines",
            body,
            null,
            Query.key(key),
            BudgetLineView.class);
    return Views.done("/portal/funding/lines/" + created.id(), "line_created");
  }

  /** The answers a line page is drawn from; a section the user may not read is null. */
  record LineAnswers(
      BudgetLineView line,
      Backend.Answer<AgreementView> agreement,
      Backend.Answer<Page<ObligationView>> obligations,
      Backend.Answer<Page<LedgerEntryView>> ledger) {}

  @GET
  @Path("/lines/{id}")
  public Response line(@PathParam("id") long id) {
    user.requireRuns("funding");
    user.require("getBudgetLine");
    BudgetLineView line = backend.get(API + "/budget-lines/" + id, BudgetLineView.class);
    // The line names its agreement: its status and donor decide what may be done on the line.
    var agreement = backend.read(API + "/agreements/" + line.agreementId(), AgreementView.class);
    var obligations =
        user.may("listObligations")
            ? backend.readPage(
                API + "/obligations?limit=200&budgetLineId=" + id, ObligationView.class)
            : null;
    var ledger =
        user.may("listLedgerEntries")
            ? backend.readPage(
                API + "/agreements/" + line.agreementId() + "/ledger?limit=200",
                LedgerEntryView.class)
            : null;
    LineAnswers answers =
        new LineAnswers(
            line,
            agreement.answer(),
            obligations == null ? null : obligations.answer(),
            ledger == null ? null : ledger.answer());
    return Views.html(
        lineView(views.page("line", "funding"), answers, user.agency())
            .data("key", UUID.randomUUID().toString()));
  }

  /**
   * The line page's data: the line, its obligations and its own entries of the agreement's ledger.
   * Re-allotting and obligating are the donor's (the service answers anyone else 403); a closed
   * agreement takes no obligation.
   */
  static TemplateInstance lineView(TemplateInstance view, LineAnswers answers, String agency) {
    BudgetLineView line = answers.line();
    AgreementView a = answers.agreement().orNull();
    List<LedgerEntryView> ledger =
        answers.ledger() == null
            ? null
            : Backend.Answer.items(answers.ledger()).stream()
                .filter(e -> e.budgetLineId() == line.id())
                .toList();
    return view.data("l", line)
        .data("a", a)
        .data("donor", a != null && isDonor(a, agency))
        .data("open", a != null && a.status() == AgreementStatus.ACTIVE)
        .data(
            "obligations",
            answers.obligations() == null ? null : Backend.Answer.items(answers.obligations()))
        .data("ledger", ledger)
        .data("referenceKinds", REFERENCE_KINDS);
  }

  @POST
  @Path("/lines/{id}/allotment")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reallot(
      @PathParam("id") long id,
      @FormParam("allotted") String allotted,
      @FormParam("version") Long version) {
    user.require("reallotBudgetLine");
    backend.send(
        "PUT",
        API + "/budget-lines/" + id + "/allotment",
        new AllotmentRequest(Forms.usd(allotted, "allotted")),
        version,
        null);
    return Views.done("/portal/funding/lines/" + id, "line_reallotted");
  }

  // --- obligations

  /**
   * Funds obligated by hand on the line the page is about. {@code onBehalfOf} is not asked: the API
   * reads it only from a service account, for the user whose act it obligates for.
   */
  @POST
  @Path("/lines/{id}/obligations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response obligate(
      @PathParam("id") long id,
      @FormParam("amount") String amount,
      @FormParam("purpose") String purpose,
      @FormParam("referenceKind") String referenceKind,
      @FormParam("referenceId") String referenceId,
      @FormParam("key") String key) {
    user.require("obligateFunds");
    ObligationRequest body =
        new ObligationRequest(
            id,
            Forms.usd(amount, "amount"),
            Forms.blankToNull(purpose),
            reference(referenceKind, referenceId),
            null);
    backend.send("POST", API + "/obligations", body, null, Query.key(key));
    return Views.done("/portal/funding/lines/" + id, "funds_obligated");
  }

  /**
   * The API's {@code kind:id} from the kind chosen and the identifier typed; either missing leaves
   * it absent, and the service names the field.
   */
  static String reference(String kind, String id) {
    String chosen = Forms.blankToNull(kind);
    String identifier = Forms.blankToNull(id);
    if (chosen != null && !REFERENCE_KINDS.contains(chosen)) {
      throw BackendProblem.invalid("reference", "is not one of the values offered");
    }
    return chosen == null || identifier == null ? null : chosen + ":" + identifier;
  }

  @GET
  @Path("/obligations/{id}")
  public Response obligation(@PathParam("id") long id) {
    user.requireRuns("funding");
    user.require("getObligation");
    ObligationView o = backend.get(API + "/obligations/" + id, ObligationView.class);
    var agreement = backend.read(API + "/agreements/" + o.agreementId(), AgreementView.class);
    var payments =
        user.may("listDisbursements")
            ? backend.readPage(
                API + "/disbursements?limit=200&obligationId=" + id, DisbursementView.class)
            : null;
    return Views.html(
        obligationView(
                views.page("funding-obligation", "funding"),
                o,
                agreement.answer(),
                payments == null ? null : payments.answer(),
                user.agency())
            .data("key", UUID.randomUUID().toString()));
  }

  /**
   * The obligation page's data. Funds go back only from the unpaid remainder, by the donor's
   * funding officer; a payment is requested only while a remainder is left.
   */
  static TemplateInstance obligationView(
      TemplateInstance view,
      ObligationView o,
      Backend.Answer<AgreementView> agreement,
      Backend.Answer<Page<DisbursementView>> payments,
      String agency) {
    AgreementView a = agreement.orNull();
    return view.data("o", o)
        .data("a", a)
        .data("donor", a != null && isDonor(a, agency))
        .data("hasRemainder", positive(o.remainder()))
        .data("payments", payments == null ? null : Backend.Answer.items(payments))
        .data("reasons", List.of(DeobligationReason.values()));
  }

  static boolean positive(Money money) {
    return money != null && money.amount().compareTo(BigDecimal.ZERO) > 0;
  }

  @POST
  @Path("/obligations/{id}/deobligation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response deobligate(
      @PathParam("id") long id,
      @FormParam("amount") String amount,
      @FormParam("reason") String reason,
      @FormParam("version") Long version,
      @FormParam("key") String key) {
    user.require("deobligateFunds");
    DeobligationRequest body =
        new DeobligationRequest(
            Forms.usd(amount, "amount"), Forms.choice(DeobligationReason.class, reason, "reason"));
    backend.send(
        "POST", API + "/obligations/" + id + "/deobligation", body, version, Query.key(key));
    return Views.done("/portal/funding/obligations/" + id, "funds_deobligated");
  }

  // --- payments

  @GET
  @Path("/disbursements/new")
  public Response newPayment(@QueryParam("obligationId") Long obligationId) {
    user.requireRuns("funding");
    user.require("requestDisbursement");
    List<ObligationView> open =
        user.may("listObligations")
            ? Backend.Answer.items(
                    backend.readPage(API + "/obligations?limit=200", ObligationView.class).answer())
                .stream()
                .filter(o -> positive(o.remainder()))
                .toList()
            : List.of();
    return Views.html(
        views
            .page("funding-payment-new", "funding")
            .data("obligations", open)
            .data("chosen", obligationId == null ? 0L : obligationId)
            .data("kinds", List.of(PaymentKind.values()))
            .data("units", List.of(OutputUnit.values()))
            .data("key", UUID.randomUUID().toString()));
  }

  @POST
  @Path("/disbursements")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response requestPayment(
      @FormParam("obligationId") String obligationId,
      @FormParam("kind") String kind,
      @FormParam("amount") String amount,
      @FormParam("description") String description,
      @FormParam("quantity") String quantity,
      @FormParam("unit") String unit,
      @FormParam("key") String key) {
    user.require("requestDisbursement");
    DisbursementRequest body =
        new DisbursementRequest(
            Forms.number(obligationId, "obligationId"),
            Forms.choice(PaymentKind.class, kind, "kind"),
            Forms.usd(amount, "amount"),
            Forms.blankToNull(description),
            output(quantity, unit));
    DisbursementView created =
        backend.send(
            "POST", API + "/disbursements", body, null, Query.key(key), DisbursementView.class);
    return Views.done("/portal/funding/disbursements/" + created.id(), "payment_requested");
  }

  /** The output a payment bought: none when neither field is filled; else both, as the API asks. */
  static DeliveredOutput output(String quantity, String unit) {
    Long count = Forms.number(quantity, "output.quantity");
    OutputUnit chosen = Forms.choice(OutputUnit.class, unit, "output.unit");
    if (count == null && chosen == null) {
      return null;
    }
    if (count != null && (count > Integer.MAX_VALUE || count < Integer.MIN_VALUE)) {
      throw BackendProblem.invalid("output.quantity", "must be a whole number");
    }
    return new DeliveredOutput(count == null ? null : count.intValue(), chosen);
  }

  @GET
  @Path("/disbursements/{id}")
  public Response payment(@PathParam("id") long id) {
    user.requireRuns("funding");
    user.require("getDisbursement");
    DisbursementView p = backend.get(API + "/disbursements/" + id, DisbursementView.class);
    return Views.html(
        paymentView(
                views.page("funding-payment", "funding"),
                p,
                donorOf(p.agreementId()),
                user.username())
            .data("key", UUID.randomUUID().toString()));
  }

  /**
   * Whether the user's agency is the donor of the agreement: only the donor's officers decide and
   * reverse its payments (the service answers anyone else 403). Unknown when the user may not read
   * the agreement, and then nothing is offered.
   */
  private boolean donorOf(long agreementId) {
    if (!user.may("getAgreement")) {
      return false;
    }
    AgreementView a =
        backend.read(API + "/agreements/" + agreementId, AgreementView.class).answer().orNull();
    return a != null && isDonor(a, user.agency());
  }

  /**
   * The payment page's data. A payment awaiting a decision is decided by a certifying officer of
   * the donor other than its requester (the service answers the requester 403; the page says so
   * instead); an approved one may be reversed by the donor's officers.
   */
  static TemplateInstance paymentView(
      TemplateInstance view, DisbursementView p, boolean donor, String username) {
    return view.data("p", p)
        .data("donor", donor)
        .data("waiting", p.status() == DisbursementStatus.REQUESTED)
        .data("approved", p.status() == DisbursementStatus.APPROVED)
        .data("mine", username.equals(p.requestedBy()))
        .data("reversalKinds", List.of(ReversalKind.values()))
        .data("reversalReasons", List.of(ReversalReason.values()));
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

  // --- reversals

  @POST
  @Path("/disbursements/{id}/reversals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response requestReversal(
      @PathParam("id") long id,
      @FormParam("kind") String kind,
      @FormParam("reasonCode") String reasonCode,
      @FormParam("reason") String reason,
      @FormParam("amount") String amount,
      @FormParam("key") String key) {
    user.require("requestReversal");
    ReversalRequest body =
        new ReversalRequest(
            id,
            Forms.choice(ReversalKind.class, kind, "kind"),
            Forms.choice(ReversalReason.class, reasonCode, "reasonCode"),
            Forms.blankToNull(reason),
            Forms.usd(amount, "amount"));
    ReversalView created =
        backend.send(
            "POST",
            API + "/disbursement-reversals",
            body,
            null,
            Query.key(key),
            ReversalView.class);
    return Views.done("/portal/funding/reversals/" + created.id(), "reversal_requested");
  }

  @GET
  @Path("/reversals/{id}")
  public Response reversal(@PathParam("id") long id) {
    user.requireRuns("funding");
    user.require("getReversal");
    ReversalView r = backend.get(API + "/disbursement-reversals/" + id, ReversalView.class);
    return Views.html(
        reversalView(
            views.page("funding-reversal", "funding"),
            r,
            donorOf(r.agreementId()),
            user.username()));
  }

  /**
   * The reversal page's data: decided, as a payment, by a certifying officer of the donor not its
   * requester.
   */
  static TemplateInstance reversalView(
      TemplateInstance view, ReversalView r, boolean donor, String username) {
    return view.data("r", r)
        .data("donor", donor)
        .data("waiting", r.status() == ReversalStatus.REQUESTED)
        .data("mine", username.equals(r.requestedBy()));
  }

  @POST
  @Path("/reversals/{id}/approval")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approveReversal(@PathParam("id") long id, @FormParam("version") Long version) {
    user.require("approveReversal");
    backend.send("POST", API + "/disbursement-reversals/" + id + "/approval", null, version, null);
    return Views.done("/portal/funding/reversals/" + id, "reversal_approved");
  }

  @POST
  @Path("/reversals/{id}/rejection")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response rejectReversal(
      @PathParam("id") long id,
      @FormParam("version") Long version,
      @FormParam("reason") String reason) {
    user.require("rejectReversal");
    backend.send(
        "POST",
        API + "/disbursement-reversals/" + id + "/rejection",
        new PaymentDecisionRequest(reason == null ? "" : reason),
        version,
        null);
    return Views.done("/portal/funding/reversals/" + id, "reversal_rejected");
  }
}
