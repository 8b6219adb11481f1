package org.puente.integration;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.ObligationRequest;
import org.puente.funding.api.PaymentKind;
import org.puente.funding.api.ReversalKind;
import org.puente.funding.api.ReversalReason;
import org.puente.funding.api.ReversalRequest;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.FamilyLink;
import org.puente.removals.api.FamilyRelation;
import org.puente.removals.api.FitnessRequest;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationObligation;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.removals.api.OrderFinalityRequest;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.removals.api.SeatRequest;
import org.puente.removals.api.TravelDocumentRequest;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentType;
import org.puente.removals.api.TravelDocumentUpdate;
import org.puente.testing.ApiJson;
import org.puente.testing.Steps;
import org.puente.testing.TestTokens;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.Competency;
import org.puente.training.api.CourseRequest;
import org.puente.training.api.NominationRequest;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

/**
 * Records brought, through the APIs and by the people allowed to, into the state an operation
 * needs: a case told of its rights and screened, one with a pending claim, an enforceable one, a
 * funded flight, a running session with an enrolled officer, a requested payment. Each call makes
 * new records, so a test that consumes one (decides the claim, approves the payment) leaves the
 * next its own. A new safeguard in a service is one more step in the flow that reaches the state.
 */
final class Flows {

  static final ZoneId PANAMA = ZoneId.of("America/Panama");

  /** Today where the cases are kept: legal dates are Panama's. */
  static final LocalDate TODAY = LocalDate.now(PANAMA);

  static final String REMOVALS = "/api/v1/removals";
  static final String TRAINING = "/api/v1/training";
  static final String FUNDING = "/api/v1/funding";

  private final Suite suite;
  private final Steps steps;

  /** Officers certified by the fixture: the screener and escort the flows name. */
  private long screener;

  private long escort;
  private long screeningCertification;

  Flows(Suite suite) {
    this.suite = suite;
    this.steps = new Steps(this::bearer, suite::url);
  }

  /**
   * Registers and certifies the SNM officers the flows act as: a protection screener (the officer
   * record of the {@code fx-snm-screener} account) and a removal escort.
   */
  Flows certifyOfficers() {
    screener = clearedOfficer();
    steps.certify("PROTECTION_SCREENING", screener, TODAY);
    escort = clearedOfficer();
    steps.certify("REMOVAL_ESCORT", escort, TODAY);
    screeningCertification = certificationOf(screener, "PROTECTION_SCREENING");
    return this;
  }

  /** A fresh officer certified as a removal escort: the certification, for revoking. */
  JsonPath certification() {
    long officer = clearedOfficer();
    steps.certify("REMOVAL_ESCORT", officer, TODAY);
    return get(
        "dhs-coordinator",
        TRAINING + "/certifications/" + certificationOf(officer, "REMOVAL_ESCORT"));
  }

  private long certificationOf(long officer, String competency) {
    return get(
            "dhs-coordinator",
            TRAINING
                + "/certifications/check?officerId="
                + officer
                + "&competency="
                + competency
                + "&on="
                + TODAY)
        .getLong("certificationId");
  }

  long screener() {
    return screener;
  }

  long escort() {
    return escort;
  }

  long screeningCertification() {
    return screeningCertification;
  }

  /** The people of the flows; none of them is a caller the matrix checks. */
  String bearer(String user) {
    TestTokens token =
        switch (user) {
          case "fx-snm-screener" ->
              TestTokens.user(user).agency("PA-SNM").roles("case-officer").officerId(screener);
          case "fx-snm-supervisor" -> TestTokens.user(user).agency("PA-SNM").roles("supervisor");
          case "fx-snm-supervisor-2" -> TestTokens.user(user).agency("PA-SNM").roles("supervisor");
          case "fx-snm-admin" -> TestTokens.user(user).agency("PA-SNM").roles("admin");
          case "fx-dhs-officer" -> TestTokens.user(user).agency("US-DHS").roles("case-officer");
          case "fx-dhs-supervisor" -> TestTokens.user(user).agency("US-DHS").roles("supervisor");
          case "fx-dhs-admin" -> TestTokens.user(user).agency("US-DHS").roles("admin");
          case "snm-coordinator" ->
              TestTokens.user("fx-snm-coordinator").agency("PA-SNM").roles("training-coordinator");
          case "dhs-coordinator" ->
              TestTokens.user("fx-dhs-coordinator").agency("US-DHS").roles("training-coordinator");
          case "fx-dos-budget" -> TestTokens.user(user).agency("US-DOS").roles("funding-officer");
          case "fx-dos-certifier" ->
              TestTokens.user(user).agency("US-DOS").roles("certifying-officer");
          case "fx-dos-admin" -> TestTokens.user(user).agency("US-DOS").roles("admin");
          default -> throw new IllegalArgumentException("no such person in the flows: " + user);
        };
    return token.bearer();
  }

  // ---------------------------------------------------------------- HTTP

  Response send(String method, String user, String path, String ifMatch, Object body) {
    RequestSpecification r =
        given()
            .header("Authorization", bearer(user))
            .header("Idempotency-Key", UUID.randomUUID().toString());
    if (ifMatch != null) {
      r.header("If-Match", ifMatch);
    }
    if (body != null) {
      r.contentType(ContentType.JSON).body(ApiJson.wire(body));
    }
    return r.request(method, suite.url(path));
  }

  /** The answer of a step that must succeed (2xx), or an exception that says which failed. */
  JsonPath ok(String method, String user, String path, String ifMatch, Object body) {
    Response r = send(method, user, path, ifMatch, body);
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "Fixture step "
              + method
              + " "
              + path
              + " as "
              + user
              + " got "
              + r.statusCode()
              + ": "
              + r.asString());
    }
    return r.jsonPath();
  }

  long create(String user, String path, Object body) {
    return ok("POST", user, path, null, body).getLong("id");
  }

  JsonPath get(String user, String path) {
    return ok("GET", user, path, null, null);
  }

  String etag(String user, String path) {
    Response r = send("GET", user, path, null, null);
    if (r.statusCode() != 200 || r.header("ETag") == null) {
      throw new IllegalStateException(
          "No ETag for " + path + " as " + user + ": " + r.statusCode() + " " + r.asString());
    }
    return r.header("ETag");
  }

  /** A change with the record's current ETag, read by the same person. */
  JsonPath change(String method, String user, String path, String resource, Object body) {
    return ok(method, user, path, etag(user, resource), body);
  }

  static String version(JsonPath record) {
    return "\"" + record.getLong("version") + "\"";
  }

  static Money money(String amount) {
    return Money.usd(amount);
  }

  static String unique(String stem) {
    return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  // ---------------------------------------------------------------- training

  long officer(String coordinator) {
    return create(
        coordinator,
        TRAINING + "/officers",
        new OfficerRequest("Oficial", "Fixture", unique("FX"), null));
  }

  /** An SNM officer vetted CLEARED by DHS: may be nominated. */
  long clearedOfficer() {
    long officer = officer("snm-coordinator");
    vet(officer, "CLEARED");
    return officer;
  }

  void vet(long officer, String status) {
    change(
        "PUT",
        "dhs-coordinator",
        TRAINING + "/officers/" + officer + "/vetting",
        TRAINING + "/officers/" + officer,
        new VettingRequest(VettingStatus.valueOf(status), TODAY.plusYears(1)));
  }

  long course() {
    return create(
        "dhs-coordinator",
        TRAINING + "/courses",
        new CourseRequest(
            unique("Protection screening"), Competency.PROTECTION_SCREENING, 40, "es", 24, null));
  }

  /** A PLANNED session of a new course, with a cost. */
  long session(LocalDate start, LocalDate end) {
    return create(
        "dhs-coordinator",
        TRAINING + "/sessions",
        new SessionRequest(
            course(),
            "SNM training centre, Panama City",
            start,
            end,
            20,
            List.of("DHS instructor"),
            money("9000.00"),
            null));
  }

  long plannedSession() {
    return session(TODAY.plusDays(30), TODAY.plusDays(34));
  }

  void sessionTo(long session, String status) {
    change(
        "POST",
        "dhs-coordinator",
        TRAINING + "/sessions/" + session + "/transitions",
        TRAINING + "/sessions/" + session,
        new SessionTransition(SessionStatus.valueOf(status), null));
  }

  long openSession() {
    long session = plannedSession();
    sessionTo(session, "OPEN");
    return session;
  }

  /** A new cleared officer nominated by the SNM coordinator to the OPEN session. */
  long nomination(long session) {
    return create(
        "snm-coordinator",
        TRAINING + "/sessions/" + session + "/nominations",
        new NominationRequest(clearedOfficer()));
  }

  void approve(long enrollment) {
    change(
        "POST",
        "dhs-coordinator",
        TRAINING + "/enrollments/" + enrollment + "/approval",
        TRAINING + "/enrollments/" + enrollment,
        null); // an approval has no body
  }

  /** A session that ran the five days up to today, in progress, with one enrolled officer. */
  record Running(long session, long enrollment) {}

  Running runningSession() {
    long session = session(TODAY.minusDays(4), TODAY);
    sessionTo(session, "OPEN");
    long enrollment = nomination(session);
    approve(enrollment);
    sessionTo(session, "IN_PROGRESS");
    return new Running(session, enrollment);
  }

  /** One day's attendance for the running session's officer: the sheet, its mark in records[0]. */
  JsonPath attend(Running running, LocalDate day) {
    return ok(
        "POST",
        "dhs-coordinator",
        TRAINING + "/sessions/" + running.session() + "/attendance",
        null,
        new AttendanceRequest(
            day, List.of(new AttendanceEntry(running.enrollment(), AttendanceMark.PRESENT))));
  }

  /** A running session whose officer attended every day: ready for the result. */
  Running attendedSession() {
    Running running = runningSession();
    for (int d = 4; d >= 0; d--) {
      attend(running, TODAY.minusDays(d));
    }
    return running;
  }

  // ---------------------------------------------------------------- funding

  long agreement(String recipient) {
    return create(
        "fx-dos-budget",
        FUNDING + "/agreements",
        new AgreementRequest(
            unique("FX-AGREEMENT"),
            "Fixture agreement",
            Agency.fromCode(recipient).orElseThrow(),
            "019-X-1143-000",
            money("10000000.00"),
            TODAY.minusMonths(1),
            TODAY.plusYears(1)));
  }

  long line(long agreement, String category) {
    return create(
        "fx-dos-budget",
        FUNDING + "/agreements/" + agreement + "/budget-lines",
        new BudgetLineRequest(BudgetCategory.valueOf(category), null, money("1000000.00")));
  }

  long line(String category) {
    return line(agreement("PA-SNM"), category);
  }

  long obligation(long line, String reference) {
    return create(
        "fx-dos-budget",
        FUNDING + "/obligations",
        new ObligationRequest(line, money("50000.00"), "Fixture obligation", reference, null));
  }

  long obligation() {
    return obligation(line("CHARTER_FLIGHTS"), "fixture:" + unique("o"));
  }

  /** A payment requested by the DOS funding officer: a certifying officer decides it. */
  long disbursement() {
    return create(
        "fx-dos-budget",
        FUNDING + "/disbursements",
        new DisbursementRequest(
            obligation(), PaymentKind.DISBURSEMENT, money("1000.00"), "Fixture invoice"));
  }

  /** A payment requested by the funding officer and approved by a certifying officer. */
  long approvedDisbursement() {
    long id = disbursement();
    change(
        "POST",
        "fx-dos-certifier",
        FUNDING + "/disbursements/" + id + "/approval",
        FUNDING + "/disbursements/" + id,
        null);
    return id;
  }

  /** A refund of part of an approved payment, asked by the funding officer: REQUESTED. */
  JsonPath reversal() {
    return ok(
        "POST",
        "fx-dos-budget",
        FUNDING + "/disbursement-reversals",
        null,
        new ReversalRequest(
            approvedDisbursement(),
            ReversalKind.REFUND,
            ReversalReason.OVERPAYMENT,
            "Fixture: the invoice was paid above its amount",
            money("100.00")));
  }

  // ---------------------------------------------------------------- removals

  /** A Colombian encountered a month ago, opened by the SNM screener. */
  long openCase() {
    return openCase("fx-snm-screener");
  }

  long openCase(String user) {
    return openCase(user, List.of());
  }

  /** A case opened by the SNM screener, linked as family to {@code relatives}. */
  long relativeOf(long relative) {
    return openCase("fx-snm-screener", List.of(new FamilyLink(relative, FamilyRelation.SPOUSE)));
  }

  private long openCase(String user, List<FamilyLink> familyLinks) {
    return create(
        user,
        REMOVALS + "/cases",
        new CaseRequest(
            Seeded.name("Fixture"),
            Seeded.name("Persona"),
            LocalDate.parse(Seeded.date(LocalDate.of(1990, 1, 1))),
            "CO",
            "F",
            List.of("es"),
            null,
            null,
            TODAY.minusDays(30),
            "Lajas Blancas reception station",
            null,
            familyLinks.isEmpty() ? null : familyLinks));
  }

  void rightsNotice(long caseId) {
    create(
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/rights-notices",
        new RightsNoticeRequest(
            EnumSet.of(
                Right.SEEK_PROTECTION,
                Right.APPEAL,
                Right.CONSULAR_CONTACT,
                Right.LEGAL_AID,
                Right.UNHCR_IOM_CONTACT),
            "es",
            null,
            TODAY.minusDays(25)));
  }

  /** A screening by the certified screener; the screening as recorded. */
  JsonPath screen(long caseId, String outcome, boolean claimExpressed) {
    return ok(
        "POST",
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/screenings",
        null,
        new ScreeningRequest("es", null, claimExpressed, ScreeningOutcome.valueOf(outcome), null));
  }

  /** Told of their rights, screened with no claim: SCREENING, ready for an order. */
  long screenedCase() {
    long id = openCase();
    rightsNotice(id);
    screen(id, "NO_CLAIM", false);
    return id;
  }

  /** Told of their rights; the screening referred a claim: PROTECTION_CLAIM_PENDING. */
  long claimPendingCase() {
    long id = openCase();
    rightsNotice(id);
    screen(id, "REFERRED", true);
    return id;
  }

  /** A removal order whose appeal window closed {@code daysAgo} days ago (negative: open). */
  long orderedCase(int windowClosedDaysAgo) {
    long id = screenedCase();
    create(
        "fx-snm-supervisor",
        REMOVALS + "/cases/" + id + "/removal-order",
        new RemovalOrderRequest(
            "Decreto Ley 3 de 2008",
            TODAY.minusDays(20),
            TODAY.minusDays(20),
            TODAY.minusDays(windowClosedDaysAgo),
            true));
    return id;
  }

  /** An order still open to appeal, with a suspensive appeal pending: its id. */
  long pendingAppeal(long caseId) {
    return create(
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/removal-order/appeals",
        new AppealRequest(TODAY, "Fixture appeal grounds", true, null));
  }

  /** Past every safeguard: final order, travel document, fit to fly. ENFORCEABLE. */
  long enforceableCase() {
    long id = orderedCase(5);
    change(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/cases/" + id + "/removal-order/finality",
        REMOVALS + "/cases/" + id,
        new OrderFinalityRequest("Appeal window passed without appeal"));
    JsonPath document = requestedDocument(id);
    ok(
        "PUT",
        "fx-snm-screener",
        REMOVALS + "/cases/" + id + "/travel-documents/" + document.getLong("id"),
        version(document),
        new TravelDocumentUpdate(
            TravelDocumentStatus.ISSUED, unique("TD"), TODAY.minusDays(2), TODAY.plusYears(1)));
    change(
        "PUT",
        "fx-snm-screener",
        REMOVALS + "/cases/" + id + "/fitness-to-fly",
        REMOVALS + "/cases/" + id,
        new FitnessRequest(true, TODAY));
    return id;
  }

  JsonPath requestedDocument(long caseId) {
    return ok(
        "POST",
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/travel-documents",
        null,
        new TravelDocumentRequest(TravelDocumentType.PASSPORT, "CO"));
  }

  JsonPath flag(long caseId) {
    return ok(
        "POST",
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/flags",
        null,
        new FlagRequest(FlagType.MEDICAL, "Fixture: needs medication", null));
  }

  /** A grant of one SNM case to US-DHS. */
  JsonPath grant(long caseId) {
    return ok(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/disclosures",
        null,
        new DisclosureGrantRequest(
            Agency.US_DHS,
            caseId,
            "Agreement art. 4",
            "Advice",
            Instant.now().plus(30, ChronoUnit.DAYS)));
  }

  /** A charter to Bogotá in a week, PLANNED by {@code supervisor}'s agency. */
  long operation(String supervisor) {
    return create(
        supervisor,
        REMOVALS + "/operations",
        new OperationPlanRequest(
            OperationKind.CHARTER,
            "CO",
            "BOG",
            Instant.now().plus(7, ChronoUnit.DAYS),
            10,
            null,
            money("50000.00"),
            null));
  }

  long operation() {
    return operation("fx-snm-supervisor");
  }

  /** An obligation made for the operation in funding-service, referring to it. */
  long obligationFor(long operation) {
    return obligation(line("CHARTER_FLIGHTS"), "removal-operation:" + operation);
  }

  /** A PLANNED operation funded by hand with an obligation that names it: FUNDED. */
  long fundedOperation() {
    long id = operation();
    change(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/operations/" + id + "/funding",
        REMOVALS + "/operations/" + id,
        new OperationObligation(obligationFor(id)));
    return id;
  }

  void seat(long operation, long caseId) {
    ok(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/operations/" + operation + "/manifest",
        null,
        new SeatRequest(caseId));
  }

  /** A funded operation with an enforceable person seated and a certified escort. */
  record Manifested(long operation, long caseId) {}

  Manifested manifestedOperation() {
    long operation = fundedOperation();
    long person = enforceableCase();
    seat(operation, person);
    ok(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/operations/" + operation + "/escorts",
        null,
        new EscortRequest(escort));
    return new Manifested(operation, person);
  }

  long frozenOperation() {
    long operation = manifestedOperation().operation();
    change(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/operations/" + operation + "/manifest/freeze",
        REMOVALS + "/operations/" + operation,
        new ManifestRecheck(null));
    return operation;
  }
}
