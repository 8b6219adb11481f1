package org.puente.removals;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.puente.common.money.Money;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.FamilyLink;
import org.puente.removals.api.FitnessRequest;
import org.puente.removals.api.IdentityDocument;
import org.puente.removals.api.IdentityDocumentType;
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
import org.puente.testing.Database;
import org.puente.testing.TestTokens;
import org.puente.testing.stubs.FundingStub;

/** Builds cases and operations through the API, fresh for every test. */
public final class Fixtures {

  private static final Database DB = Database.named("removals");

  /** Today where the cases are kept: legal dates are Panama's, not UTC's. */
  public static final java.time.ZoneId PANAMA = java.time.ZoneId.of("America/Panama");

  public static final java.time.ZoneId UTC = java.time.ZoneOffset.UTC;

  public static final LocalDate TODAY = LocalDate.now(PANAMA);

  /** An SNM case officer linked to officer record 501 (a certified screener in the stub). */
  public static final String SNM_OFFICER =
      TestTokens.user("snm-officer").agency("PA-SNM").roles("case-officer").officerId(501).bearer();

  public static final String SNM_SUPERVISOR =
      TestTokens.user("snm-supervisor")
          .agency("PA-SNM")
          .roles("supervisor")
          .officerId(502)
          .bearer();

  public static final String SNM_SUPERVISOR_2 =
      TestTokens.user("snm-supervisor-2").agency("PA-SNM").roles("supervisor").bearer();

  public static final String SNM_AUDITOR =
      TestTokens.user("snm-auditor").agency("PA-SNM").roles("auditor").bearer();

  public static final String DHS_ADVISOR =
      TestTokens.user("dhs-advisor").agency("US-DHS").roles("advisor").bearer();

  public static final String DOS_FUNDING =
      TestTokens.user("dos-budget").agency("US-DOS").roles("funding-officer").bearer();

  public static final String DOS_SUPERVISOR =
      TestTokens.user("dos-supervisor").agency("US-DOS").roles("supervisor").bearer();

  /** An escort officer certified REMOVAL_ESCORT in the stub. */
  public static final long ESCORT = 777;

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

  private Fixtures() {}

  /** A request record as JSON text, the way the service reads it. */
  public static String json(Object body) {
    return ApiJson.write(body);
  }

  /**
   * A request record as a mutable map, for tests that then break it on purpose (wrong types,
   * malformed values, unknown fields) in ways no record can hold.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asMap(Object body) {
    return new HashMap<>(ApiJson.read(json(body), Map.class));
  }

  /** Records are written by {@link #json}; maps and strings (malformed on purpose) as they are. */
  private static Object wire(Object body) {
    return body instanceof Record ? json(body) : body;
  }

  public static CaseRequest caseBody(String nationality) {
    return caseBody(nationality, LocalDate.of(1990, 1, 1), null);
  }

  /** A new person of that nationality, born then, linked to those relatives (or none). */
  public static CaseRequest caseBody(
      String nationality, LocalDate dateOfBirth, List<FamilyLink> familyLinks) {
    long n = SEQUENCE.incrementAndGet();
    return new CaseRequest(
        "Test" + n,
        "Person" + n,
        dateOfBirth,
        nationality,
        "F",
        List.of("es"),
        List.of(new IdentityDocument(IdentityDocumentType.PASSPORT, "P" + n, nationality)),
        null,
        TODAY.minusDays(30),
        "Lajas Blancas reception station",
        null,
        familyLinks);
  }

  public static long openCase(String nationality) {
    return given()
        .header("Authorization", SNM_OFFICER)
        .contentType(ContentType.JSON)
        .body(json(caseBody(nationality)))
        .post("/api/v1/removals/cases")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static String etag(String path, String token) {
    return given()
        .header("Authorization", token)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  public static String caseEtag(long caseId) {
    return etag("/api/v1/removals/cases/" + caseId, SNM_SUPERVISOR);
  }

  public static Response post(String token, String path, Object body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(wire(body))
        .post(path);
  }

  public static Response postIfMatch(String token, String path, String etag, Object body) {
    return given()
        .header("Authorization", token)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(wire(body))
        .post(path);
  }

  public static void transition(long caseId, String status) {
    postIfMatch(
            SNM_SUPERVISOR,
            "/api/v1/removals/cases/" + caseId + "/transitions",
            caseEtag(caseId),
            new CaseTransitionRequest(CaseStatus.valueOf(status), "test"))
        .then()
        .statusCode(200);
  }

  /** Records that the person was told of every right, in Spanish, one of their languages. */
  public static void rightsNotice(long caseId) {
    post(
            SNM_OFFICER,
            "/api/v1/removals/cases/" + caseId + "/rights-notices",
            new RightsNoticeRequest(Set.of(Right.values()), "es", null, TODAY.minusDays(25)))
        .then()
        .statusCode(201);
  }

  /** A screening by the certified officer; answers the screening's id. */
  public static long screen(long caseId, String outcome, boolean fearExpressed) {
    return post(
            SNM_OFFICER,
            "/api/v1/removals/cases/" + caseId + "/screenings",
            new ScreeningRequest(
                "es", null, fearExpressed, ScreeningOutcome.valueOf(outcome), null))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A case ready for an order: told of their rights, screened with no claim. */
  public static long screenedCase(String nationality) {
    long id = openCase(nationality);
    rightsNotice(id);
    screen(id, "NO_CLAIM", false);
    return id;
  }

  /** Issues an order; the appeal window closed {@code daysAgo} days ago (negative: still open). */
  public static void order(long caseId, int windowClosedDaysAgo, boolean suspensive) {
    post(
            SNM_SUPERVISOR,
            "/api/v1/removals/cases/" + caseId + "/removal-order",
            new RemovalOrderRequest(
                "Decreto Ley 3 de 2008",
                TODAY.minusDays(20),
                TODAY.minusDays(20),
                TODAY.minusDays(windowClosedDaysAgo),
                suspensive))
        .then()
        .statusCode(201);
  }

  public static Response declareFinal(long caseId) {
    return postIfMatch(
        SNM_SUPERVISOR,
        "/api/v1/removals/cases/" + caseId + "/removal-order/finality",
        caseEtag(caseId),
        new OrderFinalityRequest("Appeal window passed"));
  }

  public static void travelDocument(long caseId, String country, LocalDate expiresOn) {
    long doc =
        post(
                SNM_OFFICER,
                "/api/v1/removals/cases/" + caseId + "/travel-documents",
                new TravelDocumentRequest(TravelDocumentType.PASSPORT, country))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("Authorization", SNM_OFFICER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            json(
                new TravelDocumentUpdate(
                    TravelDocumentStatus.ISSUED, "TD" + doc, TODAY.minusDays(2), expiresOn)))
        .put("/api/v1/removals/cases/" + caseId + "/travel-documents/" + doc)
        .then()
        .statusCode(200);
  }

  public static void fitness(long caseId, boolean fit) {
    given()
        .header("Authorization", SNM_OFFICER)
        .header("If-Match", caseEtag(caseId))
        .contentType(ContentType.JSON)
        .body(json(new FitnessRequest(fit, TODAY)))
        .put("/api/v1/removals/cases/" + caseId + "/fitness-to-fly")
        .then()
        .statusCode(200);
  }

  /** A case of the given nationality that passes every safeguard: ENFORCEABLE. */
  public static long enforceableCase(String nationality) {
    long id = screenedCase(nationality);
    order(id, 5, true);
    declareFinal(id).then().statusCode(200);
    travelDocument(id, nationality, TODAY.plusYears(1));
    fitness(id, true);
    return id;
  }

  /** A PLANNED charter to Bogotá in a week, costed but not yet funded. */
  public static long plannedOperation(int seats, String country) {
    return post(
            SNM_SUPERVISOR,
            "/api/v1/removals/operations",
            new OperationPlanRequest(
                OperationKind.CHARTER,
                country,
                "BOG",
                Instant.now().plus(7, ChronoUnit.DAYS),
                seats,
                null,
                Money.usd("250000.00"),
                null))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /**
   * A charter to Bogotá in a week, planned on budget line 11 for 1000.00: its obligation request to
   * funding-service is written to the outbox.
   */
  public static long operationRequestingFunding() {
    return post(
            SNM_SUPERVISOR,
            "/api/v1/removals/operations",
            new OperationPlanRequest(
                OperationKind.CHARTER,
                "CO",
                "BOG",
                Instant.now().plus(7, ChronoUnit.DAYS),
                10,
                null,
                Money.usd("1000.00"),
                11L))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Records {@code obligation} as what pays for a PLANNED operation not changed since. */
  public static Response recordFunding(long operationId, long obligation) {
    return postIfMatch(
        SNM_SUPERVISOR,
        "/api/v1/removals/operations/" + operationId + "/funding",
        "\"0\"",
        new OperationObligation(obligation));
  }

  /** A FUNDED charter to Bogotá in a week, with an obligation {@code funding} says it made. */
  public static long fundedOperation(FundingStub funding, int seats, String country) {
    long id = plannedOperation(seats, country);
    funding.made(42, "removal-operation:" + id);
    recordFunding(id, 42L).then().statusCode(200);
    return id;
  }

  public static Response seat(long operationId, long caseId) {
    return post(
        SNM_SUPERVISOR,
        "/api/v1/removals/operations/" + operationId + "/manifest",
        new SeatRequest(caseId));
  }

  public static String operationEtag(long operationId) {
    return etag("/api/v1/removals/operations/" + operationId, SNM_SUPERVISOR);
  }

  public static long count(String sql) {
    return DB.count(sql);
  }

  /** A statement the database must refuse: its message, or null if it was accepted. */
  public static String refused(String sql) {
    return DB.refused(sql);
  }

  public static void execute(String sql) {
    DB.execute(sql);
  }

  public static Connection connection() throws SQLException {
    return DB.connect();
  }
}
