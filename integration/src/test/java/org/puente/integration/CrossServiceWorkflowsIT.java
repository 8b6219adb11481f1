package org.puente.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.testing.Eventually;
import org.puente.testing.Steps;
import org.puente.testing.TestTokens;

/**
 * The three services working together whatever fails in between: an operation planned with a cost
 * is funded exactly once though funding-service is down or deportation-service is killed; a refusal
 * is shown with its reason; cancelling returns the funds; completing files the actual cost for a
 * second person; a session is funded from a training line; screenings fail closed when
 * training-service is down. Background calls carry the calling service's own token.
 */
@org.junit.jupiter.api.Order(1)
class CrossServiceWorkflowsIT {

  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/Panama"));
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String REMOVALS = "/api/v1/removals";
  private static final String FUNDING = "/api/v1/funding";
  private static final String TRAINING = "/api/v1/training";

  private static Suite suite;
  private static Steps steps;
  private static long agreement;
  private static long escort;

  @BeforeAll
  static void start() {
    suite = Suite.shared();
    steps = suite.steps;
    agreement =
        Steps.id(
            steps.post(
                "dos-budget",
                FUNDING + "/agreements",
                Map.of(
                    "reference",
                    "PA-REMOVALS-" + UUID.randomUUID().toString().substring(0, 8),
                    "title",
                    "Removal flights and training, Panama",
                    "recipientAgency",
                    "PA-SNM",
                    "treasuryAccount",
                    "019-X-1143-000",
                    "ceiling",
                    money("6000000.00"),
                    "periodStart",
                    TODAY.minusMonths(6).toString(),
                    "periodEnd",
                    TODAY.plusYears(1).toString())));
    // An SNM officer, vetted and certified as escort by DHS, for the flights that depart.
    escort =
        Steps.id(
            steps.post(
                "snm-coordinator",
                TRAINING + "/officers",
                Map.of("givenName", "Rafael", "familyName", "Demo", "badgeNumber", "SNM-IT-1")));
    given()
        .header("Authorization", Suite.bearer("dhs-coordinator"))
        .header("If-Match", steps.etag("dhs-coordinator", TRAINING + "/officers/" + escort))
        .contentType(ContentType.JSON)
        .body(Map.of("status", "CLEARED", "expiresOn", TODAY.plusYears(1).toString()))
        .put(suite.url(TRAINING + "/officers/" + escort + "/vetting"))
        .then()
        .statusCode(200);
    steps.certify("REMOVAL_ESCORT", escort, TODAY);
  }

  @Test
  void anOperationPlannedWithACostIsFundedByOneObligationAskedWithTheServiceToken() {
    long line = line("CHARTER_FLIGHTS", "1000000.00");
    JsonPath planned = plan("250000.00", line);
    assertEquals("FUNDING_PENDING", planned.getString("status"));
    long operation = planned.getLong("id");

    awaitStatus(operation, "FUNDED");
    JsonPath obligation = onlyObligation("removal-operation:" + operation);
    assertEquals("service-account-deportation-service", obligation.getString("createdBy"));
    assertEquals("250000.00", obligation.getString("amount.amount"));
    assertEquals(line, obligation.getLong("budgetLineId"));
    assertEquals(obligation.getLong("id"), operation(operation).getLong("fundingObligationId"));
    assertEquals("750000.00", lineView(line).getString("available.amount"));
    assertTrue(suite.issuer.issuedTo("deportation-service") >= 1, "a service token was used");
  }

  @Test
  void fundingServiceDownWhilePlanningLeavesItPendingAndItIsFundedOnceItIsBack() {
    long line = line("CHARTER_FLIGHTS", "1000000.00");
    suite.funding.stop();
    Figures.fault();
    long operation;
    try {
      operation = plan("120000.00", line).getLong("id");
      // Several delivery attempts fail meanwhile; the operation waits, it does not fail.
      sleep(Duration.ofSeconds(3));
      assertEquals("FUNDING_PENDING", operation(operation).getString("status"));
    } finally {
      suite.funding.start();
    }
    awaitStatus(operation, "FUNDED");
    onlyObligation("removal-operation:" + operation);
    assertEquals("880000.00", lineView(line).getString("available.amount"));
  }

  @Test
  void deportationServiceKilledBeforeDeliveryObligatesOnceAfterRestart() {
    long line = line("CHARTER_FLIGHTS", "1000000.00");
    // Delivery cannot happen before the kill: funding-service is away until after it.
    suite.funding.stop();
    Figures.fault();
    long operation = plan("90000.00", line).getLong("id");
    suite.removals.kill();
    Figures.fault();
    suite.funding.start();
    suite.removals.start();
    awaitStatus(operation, "FUNDED");
    onlyObligation("removal-operation:" + operation);

    // And killed at whatever point the delivery has reached: still exactly one obligation.
    long racing = plan("10000.00", line).getLong("id");
    suite.removals.kill();
    Figures.fault();
    suite.removals.start();
    awaitStatus(racing, "FUNDED");
    onlyObligation("removal-operation:" + racing);
    assertEquals("900000.00", lineView(line).getString("available.amount"));
  }

  @Test
  void notEnoughFundsLeavesItPlannedWithTheReasonAndNoObligation() {
    long line = line("COMMERCIAL_TICKETS", "1000.00");
    long operation = plan("5000.00", line).getLong("id");
    awaitStatus(operation, "PLANNED");
    steps
        .get("snm-supervisor", REMOVALS + "/operations/" + operation)
        .then()
        .body("statusReason", startsWith("Not funded"))
        .body("statusReason", containsString("5000.00"))
        .body("fundingObligationId", equalTo(null));
    assertEquals(0, obligations("removal-operation:" + operation).size());
    assertEquals("1000.00", lineView(line).getString("available.amount"));

    // Once the line has the money, the supervisor asks again and it is funded.
    given()
        .header("Authorization", Suite.bearer("dos-budget"))
        .header("If-Match", steps.etag("dos-budget", FUNDING + "/budget-lines/" + line))
        .contentType(ContentType.JSON)
        .body(Map.of("allotted", money("6000.00")))
        .put(suite.url(FUNDING + "/budget-lines/" + line + "/allotment"))
        .then()
        .statusCode(200);
    steps
        .postIfMatch(
            "snm-supervisor",
            REMOVALS + "/operations/" + operation + "/funding-request",
            Map.of("budgetLineId", line))
        .then()
        .statusCode(200)
        .body("status", equalTo("FUNDING_PENDING"));
    awaitStatus(operation, "FUNDED");
    onlyObligation("removal-operation:" + operation);
  }

  @Test
  void aCancelledFundedOperationReturnsItsFunds() {
    long line = line("CHARTER_FLIGHTS", "500000.00");
    long operation = plan("200000.00", line).getLong("id");
    awaitStatus(operation, "FUNDED");
    long obligation = onlyObligation("removal-operation:" + operation).getLong("id");

    steps
        .postIfMatch(
            "snm-supervisor",
            REMOVALS + "/operations/" + operation + "/closure",
            REMOVALS + "/operations/" + operation,
            Map.of("status", "CANCELLED", "reason", "Aircraft not available"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    Eventually.within(
        PATIENCE, () -> assertEquals("500000.00", lineView(line).getString("available.amount")));
    steps
        .get("dos-budget", FUNDING + "/obligations/" + obligation)
        .then()
        .body("deobligated.amount", equalTo("200000.00"))
        .body("remainder.amount", equalTo("0.00"));
    Eventually.within(
        PATIENCE,
        () ->
            assertTrue(operation(operation).getString("fundingNote").startsWith("Funds returned")));
  }

  @Test
  void aCompletedFundedOperationLeavesItsActualCostForASecondPersonToApprove() {
    long line = line("CHARTER_FLIGHTS", "500000.00");
    long operation = plan("250000.00", line).getLong("id");
    awaitStatus(operation, "FUNDED");
    long obligation = onlyObligation("removal-operation:" + operation).getLong("id");
    String path = REMOVALS + "/operations/" + operation;

    steps
        .post("snm-supervisor", path + "/escorts", Map.of("officerId", escort))
        .then()
        .statusCode(200);
    steps
        .postIfMatch("snm-supervisor", path + "/manifest/freeze", path, Map.of())
        .then()
        .statusCode(200);
    steps.postIfMatch("snm-supervisor", path + "/departure", Map.of()).then().statusCode(200);
    // Completing a flight Puente funded needs its actual cost.
    steps
        .postIfMatch(
            "snm-supervisor",
            path + "/closure",
            Map.of("status", "COMPLETED", "reason", "Landed at BOG"))
        .then()
        .statusCode(400);
    steps
        .postIfMatch(
            "snm-supervisor",
            path + "/closure",
            Map.of(
                "status", "COMPLETED", "reason", "Landed at BOG", "actualCost", money("243500.00")))
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));

    Eventually.within(
        PATIENCE, () -> assertTrue(operation(operation).get("paymentRequestId") != null));
    long payment = operation(operation).getLong("paymentRequestId");
    steps
        .get("dos-certifier", FUNDING + "/disbursements/" + payment)
        .then()
        .statusCode(200)
        .body("obligationId", equalTo((int) obligation))
        .body("amount.amount", equalTo("243500.00"))
        .body("status", equalTo("REQUESTED"))
        .body("requestedBy", equalTo("service-account-deportation-service"));
    given()
        .header("Authorization", Suite.bearer("dos-certifier"))
        .header("If-Match", steps.etag("dos-certifier", FUNDING + "/disbursements/" + payment))
        .post(suite.url(FUNDING + "/disbursements/" + payment + "/approval"))
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
  }

  @Test
  void aTrainingSessionIsFundedFromATrainingLineAndGivesTheFundsBackWhenCancelled() {
    // training-service's account is US-DHS's: it spends only on agreements whose recipient is DHS.
    long dhsAgreement =
        Steps.id(
            steps.post(
                "dos-budget",
                FUNDING + "/agreements",
                Map.of(
                    "reference",
                    "DHS-TRAINING-" + UUID.randomUUID().toString().substring(0, 8),
                    "title",
                    "Training of Panamanian officers",
                    "recipientAgency",
                    "US-DHS",
                    "treasuryAccount",
                    "019-X-1143-000",
                    "ceiling",
                    money("1000000.00"),
                    "periodStart",
                    TODAY.minusMonths(6).toString(),
                    "periodEnd",
                    TODAY.plusYears(1).toString())));
    long line =
        Steps.id(
            steps.post(
                "dos-budget",
                FUNDING + "/agreements/" + dhsAgreement + "/budget-lines",
                Map.of("category", "TRAINING", "allotted", money("100000.00"))));
    long course =
        Steps.id(
            steps.post(
                "dhs-coordinator",
                TRAINING + "/courses",
                Map.of(
                    "title",
                    "Protection screening",
                    "competency",
                    "PROTECTION_SCREENING",
                    "hours",
                    40,
                    "language",
                    "es",
                    "certificateValidityMonths",
                    24)));
    long session = session(course, line);
    Eventually.within(
        PATIENCE,
        () ->
            steps
                .get("dhs-coordinator", TRAINING + "/sessions/" + session)
                .then()
                .body("funding.status", equalTo("FUNDED")));
    JsonPath obligation = onlyObligation("training-session:" + session);
    assertEquals("service-account-training-service", obligation.getString("createdBy"));
    assertEquals("82000.00", lineView(line).getString("available.amount"));

    steps
        .postIfMatch(
            "dhs-coordinator",
            TRAINING + "/sessions/" + session + "/transitions",
            Map.of("status", "CANCELLED", "reason", "Instructors unavailable"))
        .then()
        .statusCode(200);
    Eventually.within(
        PATIENCE,
        () ->
            steps
                .get("dhs-coordinator", TRAINING + "/sessions/" + session)
                .then()
                .body("funding.status", equalTo("RETURNED")));
    assertEquals("100000.00", lineView(line).getString("available.amount"));

    // A training session cannot be paid from a flight line, even of DHS's own agreement:
    // funding-service refuses the service.
    long charter =
        Steps.id(
            steps.post(
                "dos-budget",
                FUNDING + "/agreements/" + dhsAgreement + "/budget-lines",
                Map.of("category", "CHARTER_FLIGHTS", "allotted", money("100000.00"))));
    long wrong = session(course, charter);
    Eventually.within(
        PATIENCE,
        () ->
            steps
                .get("dhs-coordinator", TRAINING + "/sessions/" + wrong)
                .then()
                .body("funding.status", equalTo("REFUSED"))
                .body("funding.reason", containsString("CHARTER_FLIGHTS")));
    assertEquals(0, obligations("training-session:" + wrong).size());
  }

  @Test
  void aServiceTokenObligatesOnlyForItsOwnKindOfReference() {
    long line = line("CHARTER_FLIGHTS", "1000.00");
    String deportationService = TestTokens.client("deportation-service").agency("PA-SNM").bearer();
    given()
        .header("Authorization", deportationService)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "budgetLineId",
                line,
                "amount",
                money("10.00"),
                "purpose",
                "Not what this service pays for",
                "reference",
                "training-session:1"))
        .post(suite.url(FUNDING + "/obligations"))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // Nor may it read what others obligated, or list obligations at all.
    given()
        .header("Authorization", deportationService)
        .get(suite.url(FUNDING + "/obligations"))
        .then()
        .statusCode(403);
    assertEquals("1000.00", lineView(line).getString("available.amount"));
  }

  @Test
  void aScreeningIsRefusedAndNothingRecordedWhenTrainingServiceCannotConfirm() {
    long person =
        Steps.id(
            steps.post(
                "snm-officer",
                REMOVALS + "/cases",
                Map.of(
                    "givenNames", "Persona",
                    "familyNames", "Sintética",
                    "dateOfBirth", "1990-01-02",
                    "nationality", "CO",
                    "sex", "F",
                    "languages", List.of("es"),
                    "encounteredOn", TODAY.minusDays(3).toString(),
                    "encounterPlace", "San Vicente reception station")));
    Map<String, Object> interview =
        Map.of("language", "es", "claimExpressed", false, "outcome", "NO_CLAIM");

    // The real training-service answers: officer 1 holds no certification here.
    steps
        .post("snm-officer", REMOVALS + "/cases/" + person + "/screenings", interview)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("PROTECTION_SCREENING"));

    suite.training.stop();
    Figures.fault();
    try {
      steps
          .post("snm-officer", REMOVALS + "/cases/" + person + "/screenings", interview)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("detail", containsString("training-service could not confirm"));
    } finally {
      suite.training.start();
    }
    steps
        .get("snm-officer", REMOVALS + "/cases/" + person + "/screenings")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    steps.get("snm-officer", REMOVALS + "/cases/" + person).then().body("status", equalTo("OPEN"));
  }

  // --- helpers ---

  private static Map<String, String> money(String amount) {
    return Map.of("amount", amount, "currency", "USD");
  }

  private static long line(String category, String allotted) {
    return Steps.id(
        steps.post(
            "dos-budget",
            FUNDING + "/agreements/" + agreement + "/budget-lines",
            Map.of("category", category, "allotted", money(allotted))));
  }

  private static JsonPath lineView(long line) {
    return steps
        .get("dos-budget", FUNDING + "/budget-lines/" + line)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath plan(String cost, long line) {
    return steps
        .post(
            "snm-supervisor",
            REMOVALS + "/operations",
            Map.of(
                "kind",
                "CHARTER",
                "destinationCountry",
                "CO",
                "destinationAirport",
                "BOG",
                "departureAt",
                Instant.now().plus(3, ChronoUnit.DAYS).toString(),
                "seats",
                100,
                "costEstimate",
                money(cost),
                "budgetLineId",
                line))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static long session(long course, long line) {
    return Steps.id(
        steps.post(
            "dhs-coordinator",
            TRAINING + "/sessions",
            Map.of(
                "courseId",
                course,
                "location",
                "SNM training centre, Panama City",
                "startDate",
                TODAY.plusDays(30).toString(),
                "endDate",
                TODAY.plusDays(34).toString(),
                "capacity",
                20,
                "cost",
                money("18000.00"),
                "budgetLineId",
                line)));
  }

  private static JsonPath operation(long id) {
    return steps
        .get("snm-supervisor", REMOVALS + "/operations/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void awaitStatus(long operation, String status) {
    Eventually.within(
        PATIENCE, () -> assertEquals(status, operation(operation).getString("status")));
  }

  private static List<Map<String, Object>> obligations(String reference) {
    return given()
        .header("Authorization", Suite.bearer("dos-budget"))
        .queryParam("reference", reference)
        .get(suite.url(FUNDING + "/obligations"))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The one obligation with this reference; fails on none or more than one. */
  private static JsonPath onlyObligation(String reference) {
    List<Map<String, Object>> found = obligations(reference);
    assertEquals(1, found.size(), "obligations with reference " + reference + ": " + found);
    return steps
        .get("dos-budget", FUNDING + "/obligations/" + found.get(0).get("id"))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
