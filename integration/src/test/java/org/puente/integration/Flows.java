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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.puente.testing.Steps;
import org.puente.testing.TestTokens;

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
      r.contentType(ContentType.JSON).body(body);
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

  static Map<String, String> money(String amount) {
    return Map.of("amount", amount, "currency", "USD");
  }

  static String unique(String stem) {
    return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  // ---------------------------------------------------------------- training

  long officer(String coordinator) {
    return create(
        coordinator,
        TRAINING + "/officers",
        Map.of(
            "givenName", "Oficial",
            "familyName", "Fixture",
            "badgeNumber", unique("FX")));
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
        Map.of("status", status, "expiresOn", TODAY.plusYears(1).toString()));
  }

  long course() {
    return create(
        "dhs-coordinator",
        TRAINING + "/courses",
        Map.of(
            "title",
            unique("Protection screening"),
            "competency",
            "PROTECTION_SCREENING",
            "hours",
            40,
            "language",
            "es",
            "certificateValidityMonths",
            24));
  }

  /** A PLANNED session of a new course, with a cost. */
  long session(LocalDate start, LocalDate end) {
    return create(
        "dhs-coordinator",
        TRAINING + "/sessions",
        Map.of(
            "courseId",
            course(),
            "location",
            "SNM training centre, Panama City",
            "startDate",
            start.toString(),
            "endDate",
            end.toString(),
            "capacity",
            20,
            "instructors",
            List.of("DHS instructor"),
            "cost",
            money("9000.00")));
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
        Map.of("status", status));
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
        Map.of("officerId", clearedOfficer()));
  }

  void approve(long enrollment) {
    change(
        "POST",
        "dhs-coordinator",
        TRAINING + "/enrollments/" + enrollment + "/approval",
        TRAINING + "/enrollments/" + enrollment,
        Map.of());
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
        Map.of(
            "day",
            day.toString(),
            "records",
            List.of(Map.of("enrollmentId", running.enrollment(), "status", "PRESENT"))));
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
        Map.of(
            "reference",
            unique("FX-AGREEMENT"),
            "title",
            "Fixture agreement",
            "recipientAgency",
            recipient,
            "treasuryAccount",
            "019-X-1143-000",
            "ceiling",
            money("10000000.00"),
            "periodStart",
            TODAY.minusMonths(1).toString(),
            "periodEnd",
            TODAY.plusYears(1).toString()));
  }

  long line(long agreement, String category) {
    return create(
        "fx-dos-budget",
        FUNDING + "/agreements/" + agreement + "/budget-lines",
        Map.of("category", category, "allotted", money("1000000.00")));
  }

  long line(String category) {
    return line(agreement("PA-SNM"), category);
  }

  long obligation(long line, String reference) {
    return create(
        "fx-dos-budget",
        FUNDING + "/obligations",
        Map.of(
            "budgetLineId",
            line,
            "amount",
            money("50000.00"),
            "purpose",
            "Fixture obligation",
            "reference",
            reference));
  }

  long obligation() {
    return obligation(line("CHARTER_FLIGHTS"), "fixture:" + unique("o"));
  }

  /** A payment requested by the DOS funding officer: a certifying officer decides it. */
  long disbursement() {
    return create(
        "fx-dos-budget",
        FUNDING + "/disbursements",
        Map.of(
            "obligationId",
            obligation(),
            "kind",
            "DISBURSEMENT",
            "amount",
            money("1000.00"),
            "description",
            "Fixture invoice"));
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
        Map.of(
            "disbursementId",
            approvedDisbursement(),
            "kind",
            "REFUND",
            "reasonCode",
            "OVERPAYMENT",
            "reason",
            "Fixture: the invoice was paid above its amount",
            "amount",
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
    return openCase("fx-snm-screener", List.of(Map.of("caseId", relative, "relation", "SPOUSE")));
  }

  private long openCase(String user, List<Map<String, Object>> familyLinks) {
    Map<String, Object> body = new HashMap<>();
    if (!familyLinks.isEmpty()) {
      body.put("familyLinks", familyLinks);
    }
    body.put("givenNames", Seeded.name("Fixture"));
    body.put("familyNames", Seeded.name("Persona"));
    body.put("dateOfBirth", Seeded.date(LocalDate.of(1990, 1, 1)));
    body.put("nationality", "CO");
    body.put("sex", "F");
    body.put("languages", List.of("es"));
    body.put("encounteredOn", TODAY.minusDays(30).toString());
    body.put("encounterPlace", "Lajas Blancas reception station");
    return create(user, REMOVALS + "/cases", body);
  }

  void rightsNotice(long caseId) {
    create(
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/rights-notices",
        Map.of(
            "rights",
            List.of(
                "SEEK_PROTECTION", "APPEAL", "CONSULAR_CONTACT", "LEGAL_AID", "UNHCR_IOM_CONTACT"),
            "language",
            "es",
            "informedOn",
            TODAY.minusDays(25).toString()));
  }

  /** A screening by the certified screener; the screening as recorded. */
  JsonPath screen(long caseId, String outcome, boolean claimExpressed) {
    return ok(
        "POST",
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/screenings",
        null,
        Map.of("language", "es", "claimExpressed", claimExpressed, "outcome", outcome));
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
        Map.of(
            "legalBasis", "Decreto Ley 3 de 2008",
            "issuedOn", TODAY.minusDays(20).toString(),
            "notifiedOn", TODAY.minusDays(20).toString(),
            "appealDeadline", TODAY.minusDays(windowClosedDaysAgo).toString(),
            "appealSuspensive", true));
    return id;
  }

  /** An order still open to appeal, with a suspensive appeal pending: its id. */
  long pendingAppeal(long caseId) {
    return create(
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/removal-order/appeals",
        Map.of(
            "filedOn", TODAY.toString(), "grounds", "Fixture appeal grounds", "suspensive", true));
  }

  /** Past every safeguard: final order, travel document, fit to fly. ENFORCEABLE. */
  long enforceableCase() {
    long id = orderedCase(5);
    change(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/cases/" + id + "/removal-order/finality",
        REMOVALS + "/cases/" + id,
        Map.of("reason", "Appeal window passed without appeal"));
    JsonPath document = requestedDocument(id);
    ok(
        "PUT",
        "fx-snm-screener",
        REMOVALS + "/cases/" + id + "/travel-documents/" + document.getLong("id"),
        version(document),
        Map.of(
            "status",
            "ISSUED",
            "number",
            unique("TD"),
            "issuedOn",
            TODAY.minusDays(2).toString(),
            "expiresOn",
            TODAY.plusYears(1).toString()));
    change(
        "PUT",
        "fx-snm-screener",
        REMOVALS + "/cases/" + id + "/fitness-to-fly",
        REMOVALS + "/cases/" + id,
        Map.of("fitToFly", true, "assessedOn", TODAY.toString()));
    return id;
  }

  JsonPath requestedDocument(long caseId) {
    return ok(
        "POST",
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/travel-documents",
        null,
        Map.of("type", "PASSPORT", "country", "CO"));
  }

  JsonPath flag(long caseId) {
    return ok(
        "POST",
        "fx-snm-screener",
        REMOVALS + "/cases/" + caseId + "/flags",
        null,
        Map.of("type", "MEDICAL", "reason", "Fixture: needs medication"));
  }

  /** A grant of one SNM case to US-DHS. */
  JsonPath grant(long caseId) {
    return ok(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/disclosures",
        null,
        Map.of(
            "granteeAgency",
            "US-DHS",
            "caseId",
            caseId,
            "legalBasis",
            "Agreement art. 4",
            "purpose",
            "Advice",
            "expiresAt",
            Instant.now().plus(30, ChronoUnit.DAYS).toString()));
  }

  /** A charter to Bogotá in a week, PLANNED by {@code supervisor}'s agency. */
  long operation(String supervisor) {
    return create(
        supervisor,
        REMOVALS + "/operations",
        Map.of(
            "kind",
            "CHARTER",
            "destinationCountry",
            "CO",
            "destinationAirport",
            "BOG",
            "departureAt",
            Instant.now().plus(7, ChronoUnit.DAYS).toString(),
            "seats",
            10,
            "costEstimate",
            money("50000.00")));
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
        Map.of("obligationId", obligationFor(id)));
    return id;
  }

  void seat(long operation, long caseId) {
    ok(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/operations/" + operation + "/manifest",
        null,
        Map.of("caseId", caseId));
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
        Map.of("officerId", escort));
    return new Manifested(operation, person);
  }

  long frozenOperation() {
    long operation = manifestedOperation().operation();
    change(
        "POST",
        "fx-snm-supervisor",
        REMOVALS + "/operations/" + operation + "/manifest/freeze",
        REMOVALS + "/operations/" + operation,
        Map.of());
    return operation;
  }
}
