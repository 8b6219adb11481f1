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
import java.util.concurrent.atomic.AtomicLong;
import org.puente.testing.Database;
import org.puente.testing.TestTokens;

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

  static {
    TrainingStub.certify(501, "PROTECTION_SCREENING", TODAY.plusYears(1));
    TrainingStub.certify(ESCORT, "REMOVAL_ESCORT", TODAY.plusYears(1));
  }

  private Fixtures() {}

  public static Map<String, Object> caseBody(String nationality) {
    long n = SEQUENCE.incrementAndGet();
    Map<String, Object> body = new HashMap<>();
    body.put("givenNames", "Test" + n);
    body.put("familyNames", "Person" + n);
    body.put("dateOfBirth", "1990-01-01");
    body.put("nationality", nationality);
    body.put("sex", "F");
    body.put("languages", List.of("es"));
    body.put(
        "identityDocuments",
        List.of(Map.of("type", "PASSPORT", "number", "P" + n, "issuingCountry", nationality)));
    body.put("encounteredOn", TODAY.minusDays(30).toString());
    body.put("encounterPlace", "Lajas Blancas reception station");
    return body;
  }

  public static long openCase(String nationality) {
    return given()
        .header("Authorization", SNM_OFFICER)
        .contentType(ContentType.JSON)
        .body(caseBody(nationality))
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
        .body(body)
        .post(path);
  }

  public static Response postIfMatch(String token, String path, String etag, Object body) {
    return given()
        .header("Authorization", token)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path);
  }

  public static void transition(long caseId, String status) {
    postIfMatch(
            SNM_SUPERVISOR,
            "/api/v1/removals/cases/" + caseId + "/transitions",
            caseEtag(caseId),
            Map.of("status", status, "reason", "test"))
        .then()
        .statusCode(200);
  }

  /** Records that the person was told of every right, in Spanish, one of their languages. */
  public static void rightsNotice(long caseId) {
    post(
            SNM_OFFICER,
            "/api/v1/removals/cases/" + caseId + "/rights-notices",
            Map.of(
                "rights",
                List.of(
                    "SEEK_PROTECTION",
                    "APPEAL",
                    "CONSULAR_CONTACT",
                    "LEGAL_AID",
                    "UNHCR_IOM_CONTACT"),
                "language",
                "es",
                "informedOn",
                TODAY.minusDays(25).toString()))
        .then()
        .statusCode(201);
  }

  /** A screening by the certified officer; answers the screening's id. */
  public static long screen(long caseId, String outcome, boolean fearExpressed) {
    return post(
            SNM_OFFICER,
            "/api/v1/removals/cases/" + caseId + "/screenings",
            Map.of("language", "es", "claimExpressed", fearExpressed, "outcome", outcome))
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
            Map.of(
                "legalBasis", "Decreto Ley 3 de 2008",
                "issuedOn", TODAY.minusDays(20).toString(),
                "notifiedOn", TODAY.minusDays(20).toString(),
                "appealDeadline", TODAY.minusDays(windowClosedDaysAgo).toString(),
                "appealSuspensive", suspensive))
        .then()
        .statusCode(201);
  }

  public static Response declareFinal(long caseId) {
    return postIfMatch(
        SNM_SUPERVISOR,
        "/api/v1/removals/cases/" + caseId + "/removal-order/finality",
        caseEtag(caseId),
        Map.of("reason", "Appeal window passed"));
  }

  public static void travelDocument(long caseId, String country, LocalDate expiresOn) {
    long doc =
        post(
                SNM_OFFICER,
                "/api/v1/removals/cases/" + caseId + "/travel-documents",
                Map.of("type", "PASSPORT", "country", country))
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
            Map.of(
                "status",
                "ISSUED",
                "number",
                "TD" + doc,
                "issuedOn",
                TODAY.minusDays(2).toString(),
                "expiresOn",
                expiresOn.toString()))
        .put("/api/v1/removals/cases/" + caseId + "/travel-documents/" + doc)
        .then()
        .statusCode(200);
  }

  public static void fitness(long caseId, boolean fit) {
    given()
        .header("Authorization", SNM_OFFICER)
        .header("If-Match", caseEtag(caseId))
        .contentType(ContentType.JSON)
        .body(Map.of("fitToFly", fit, "assessedOn", TODAY.toString()))
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

  /** A FUNDED charter to Bogotá in a week. */
  public static long fundedOperation(int seats, String country) {
    long id =
        post(
                SNM_SUPERVISOR,
                "/api/v1/removals/operations",
                Map.of(
                    "kind",
                    "CHARTER",
                    "destinationCountry",
                    country,
                    "destinationAirport",
                    "BOG",
                    "departureAt",
                    Instant.now().plus(7, ChronoUnit.DAYS).toString(),
                    "seats",
                    seats,
                    "costEstimate",
                    Map.of("amount", "250000.00", "currency", "USD")))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    FundingStub.made(42, "removal-operation:" + id);
    postIfMatch(
            SNM_SUPERVISOR,
            "/api/v1/removals/operations/" + id + "/funding",
            "\"0\"",
            Map.of("obligationId", 42))
        .then()
        .statusCode(200);
    return id;
  }

  public static Response seat(long operationId, long caseId) {
    return post(
        SNM_SUPERVISOR,
        "/api/v1/removals/operations/" + operationId + "/manifest",
        Map.of("caseId", caseId));
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
