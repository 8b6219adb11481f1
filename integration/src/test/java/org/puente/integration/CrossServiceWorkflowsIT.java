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
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.AllotmentRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.funding.api.ObligationRequest;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationFundingRequest;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.testing.ApiJson;
import org.puente.testing.Eventually;
import org.puente.testing.Steps;
import org.puente.testing.TestTokens;
import org.puente.training.api.Competency;
import org.puente.training.api.CourseRequest;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

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
                new AgreementRequest(
                    "PA-REMOVALS-" + UUID.randomUUID().toString().substring(0, 8),
                    "Removal flights and training, Panama",
                    Agency.PA_SNM,
                    "019-X-1143-000",
                    money("6000000.00"),
                    TODAY.minusMonths(6),
                    TODAY.plusYears(1))));
    // An SNM officer, vetted and certified as escort by DHS, for the flights that depart.
    escort =
        Steps.id(
            steps.post(
                "snm-coordinator",
                TRAINING + "/officers",
                new OfficerRequest("Rafael", "Demo", "SNM-IT-1", null)));
    given()
        .header("Authorization", Suite.bearer("dhs-coordinator"))
        .header("If-Match", steps.etag("dhs-coordinator", TRAINING + "/officers/" + escort))
        .contentType(ContentType.JSON)
        .body(ApiJson.write(new VettingRequest(VettingStatus.CLEARED, TODAY.plusYears(1))))
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
        .body(ApiJson.write(new AllotmentRequest(money("6000.00"))))
        .put(suite.url(FUNDING + "/budget-lines/" + line + "/allotment"))
        .then()
        .statusCode(200);
    steps
        .postIfMatch(
            "snm-supervisor",
            REMOVALS + "/operations/" + operation + "/funding-request",
            new OperationFundingRequest(line))
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
            new OperationClosure(OperationStatus.CANCELLED, "Aircraft not available", null))
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
        .post("snm-supervisor", path + "/escorts", new EscortRequest(escort))
        .then()
        .statusCode(200);
    steps
        .postIfMatch("snm-supervisor", path + "/manifest/freeze", path, new ManifestRecheck(null))
        .then()
        .statusCode(200);
    steps
        .postIfMatch("snm-supervisor", path + "/departure", new ManifestRecheck(null))
        .then()
        .statusCode(200);
    // Completing a flight Puente funded needs its actual cost.
    steps
        .postIfMatch(
            "snm-supervisor",
            path + "/closure",
            new OperationClosure(OperationStatus.COMPLETED, "Landed at BOG", null))
        .then()
        .statusCode(400);
    steps
        .postIfMatch(
            "snm-supervisor",
            path + "/closure",
            new OperationClosure(OperationStatus.COMPLETED, "Landed at BOG", money("243500.00")))
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
                new AgreementRequest(
                    "DHS-TRAINING-" + UUID.randomUUID().toString().substring(0, 8),
                    "Training of Panamanian officers",
                    Agency.US_DHS,
                    "019-X-1143-000",
                    money("1000000.00"),
                    TODAY.minusMonths(6),
                    TODAY.plusYears(1))));
    long line =
        Steps.id(
            steps.post(
                "dos-budget",
                FUNDING + "/agreements/" + dhsAgreement + "/budget-lines",
                new BudgetLineRequest(BudgetCategory.TRAINING, null, money("100000.00"))));
    long course =
        Steps.id(
            steps.post(
                "dhs-coordinator",
                TRAINING + "/courses",
                new CourseRequest(
                    "Protection screening", Competency.PROTECTION_SCREENING, 40, "es", 24, null)));
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
            new SessionTransition(SessionStatus.CANCELLED, "Instructors unavailable"))
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
                new BudgetLineRequest(BudgetCategory.CHARTER_FLIGHTS, null, money("100000.00"))));
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
            ApiJson.write(
                new ObligationRequest(
                    line,
                    money("10.00"),
                    "Not what this service pays for",
                    "training-session:1",
                    null)))
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
                new CaseRequest(
                    "Persona",
                    "Sintética",
                    LocalDate.parse("1990-01-02"),
                    "CO",
                    "F",
                    List.of("es"),
                    null,
                    null,
                    TODAY.minusDays(3),
                    "San Vicente reception station",
                    null,
                    null)));
    ScreeningRequest interview =
        new ScreeningRequest("es", null, false, ScreeningOutcome.NO_CLAIM, null);

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

  private static Money money(String amount) {
    return Money.usd(amount);
  }

  private static long line(String category, String allotted) {
    return Steps.id(
        steps.post(
            "dos-budget",
            FUNDING + "/agreements/" + agreement + "/budget-lines",
            new BudgetLineRequest(BudgetCategory.valueOf(category), null, money(allotted))));
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
            new OperationPlanRequest(
                OperationKind.CHARTER,
                "CO",
                "BOG",
                Instant.now().plus(3, ChronoUnit.DAYS),
                100,
                null,
                money(cost),
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
            new SessionRequest(
                course,
                "SNM training centre, Panama City",
                TODAY.plusDays(30),
                TODAY.plusDays(34),
                20,
                null,
                money("18000.00"),
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
