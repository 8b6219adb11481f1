package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.e2e.Stack.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.FitnessRequest;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.removals.api.OperationStatus;
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
import org.puente.testing.Eventually;
import org.puente.testing.Steps;

/**
 * The bilateral scenario across the three deployments, each user with a token from its own agency's
 * realm, working through its own agency's gateway: DHS schedules a course at its gateway; SNM's
 * coordinator nominates SNM officers from SNM's gateway (relayed to DHS's); DHS approves and
 * certifies them; an SNM officer screens a person (deportation-service asks DHS, through DHS's
 * gateway, whether the officer is certified); a supervisor orders removal, the order becomes final,
 * a travel document is issued; a charter is planned and obligated at DOS by SNM's service account
 * through DOS's gateway; the person is manifested; the flight departs and completes; the actual
 * cost becomes a payment request at DOS, approved there by a second person. Then the cross-agency
 * rules, and the partners away: DOS's gateway stopped (the funding waits and is done exactly once
 * when it is back), DHS's gateway stopped (screening fails closed); meanwhile the other portals
 * stay up, and only the panels the absent partner feeds say it is away.
 */
@Order(2)
class BilateralScenarioIT {

  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/Panama"));
  private static final String TRAINING = "/api/v1/training";
  private static final String REMOVALS = "/api/v1/removals";
  private static final String FUNDING = "/api/v1/funding";

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  /** Each user works at their own agency's gateway. */
  private static final Steps STEPS =
      new Steps(Stack::bearer, (user, path) -> Stack.gatewayOf(user) + path);

  /** A request as the user, at the user's own agency's gateway. */
  private static RequestSpecification as(String user) {
    return at(Stack.gatewayOf(user), user);
  }

  /** A request as the user, at the given gateway. */
  private static RequestSpecification at(String gateway, String user) {
    return given().baseUri(gateway).header("Authorization", Stack.bearer(user));
  }

  private static Response post(String user, String path, Object body) {
    return STEPS.post(user, path, body);
  }

  private static Response get(String user, String path) {
    return STEPS.get(user, path);
  }

  private static Response postIfMatch(String user, String path, Object body) {
    return STEPS.postIfMatch(user, path, body);
  }

  private static Response postIfMatch(String user, String path, String resource, Object body) {
    return STEPS.postIfMatch(user, path, resource, body);
  }

  private static String etag(String user, String path) {
    return STEPS.etag(user, path);
  }

  private static long id(Response r) {
    return Steps.id(r);
  }

  @Test
  void theWholeBilateralScenario() {
    // Panama's officers Lucía and Rafael, registered by SNM and vetted by DHS in the demo data:
    // their records in training-service (at DHS) are the officer_id claims of SNM's realm (1, 2).
    long lucia = 1;
    long rafael = 2;
    for (long officer : List.of(lucia, rafael)) {
      get("snm-coordinator", TRAINING + "/officers/" + officer)
          .then()
          .statusCode(200)
          .body("agency", equalTo("PA-SNM"))
          .body("vettingStatus", equalTo("CLEARED"));
    }
    // DHS runs a protection-screening course and an escort course; SNM's coordinator nominates
    // Lucía and Rafael from SNM's gateway; DHS approves, records attendance and certifies them.
    certify("PROTECTION_SCREENING", lucia);
    certify("REMOVAL_ESCORT", rafael);
    get(
            "snm-coordinator",
            TRAINING
                + "/certifications/check?officerId="
                + lucia
                + "&competency=PROTECTION_SCREENING&on="
                + TODAY)
        .then()
        .statusCode(200)
        .body("certified", equalTo(true));

    // Lucía screens a person encountered at Lajas Blancas: no protection claim. SNM's service
    // asks DHS, through DHS's gateway and with Lucía's token, whether she is certified.
    long person = newCase("Sintética Uno");
    post(
            "snm-officer",
            REMOVALS + "/cases/" + person + "/screenings",
            new ScreeningRequest("es", null, false, ScreeningOutcome.NO_CLAIM, null))
        .then()
        .statusCode(201)
        .body("screenerOfficerId", equalTo(1));

    // The person is told of their rights in Spanish; a supervisor orders removal; the appeal
    // window has passed; the order becomes final.
    post(
            "snm-officer",
            REMOVALS + "/cases/" + person + "/rights-notices",
            new RightsNoticeRequest(
                EnumSet.of(
                    Right.SEEK_PROTECTION,
                    Right.APPEAL,
                    Right.CONSULAR_CONTACT,
                    Right.LEGAL_AID,
                    Right.UNHCR_IOM_CONTACT),
                "es",
                null,
                TODAY.minusDays(25)))
        .then()
        .statusCode(201);
    post(
            "snm-supervisor",
            REMOVALS + "/cases/" + person + "/removal-order",
            new RemovalOrderRequest(
                "Decreto Ley 3 de 2008",
                TODAY.minusDays(20),
                TODAY.minusDays(20),
                TODAY.minusDays(5),
                true))
        .then()
        .statusCode(201);
    as("snm-supervisor")
        .header("If-Match", etag("snm-supervisor", REMOVALS + "/cases/" + person))
        .contentType(ContentType.JSON)
        .body(ApiJson.write(new OrderFinalityRequest("Appeal window passed without appeal")))
        .post(REMOVALS + "/cases/" + person + "/removal-order/finality")
        .then()
        .statusCode(200)
        .body("status", equalTo("ENFORCEABLE"));

    // Colombia issues a travel document; the person is fit to fly.
    long document =
        id(
            post(
                "snm-officer",
                REMOVALS + "/cases/" + person + "/travel-documents",
                new TravelDocumentRequest(TravelDocumentType.PASSPORT, "CO")));
    as("snm-officer")
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            ApiJson.write(
                new TravelDocumentUpdate(
                    TravelDocumentStatus.ISSUED,
                    "CO-TD-1",
                    TODAY.minusDays(1),
                    TODAY.plusMonths(6))))
        .put(REMOVALS + "/cases/" + person + "/travel-documents/" + document)
        .then()
        .statusCode(200);
    as("snm-officer")
        .header("If-Match", etag("snm-officer", REMOVALS + "/cases/" + person))
        .contentType(ContentType.JSON)
        .body(ApiJson.write(new FitnessRequest(true, TODAY)))
        .put(REMOVALS + "/cases/" + person + "/fitness-to-fly")
        .then()
        .statusCode(200);

    // The State Department's agreement, entered at DOS, has a charter line; SNM plans a flight to
    // Bogotá with its cost, and deportation-service asks DOS for the obligation by itself, with
    // its own service account, through DOS's gateway.
    long agreement =
        id(
            post(
                "dos-budget",
                FUNDING + "/agreements",
                new AgreementRequest(
                    "PA-REMOVALS-" + UUID.randomUUID().toString().substring(0, 8),
                    "Removal flights from Panama",
                    org.puente.common.security.Agency.PA_SNM,
                    "019-X-1143-000",
                    Money.usd("6000000.00"),
                    TODAY.minusMonths(6),
                    TODAY.plusYears(1))));
    long line =
        id(
            post(
                "dos-budget",
                FUNDING + "/agreements/" + agreement + "/budget-lines",
                new BudgetLineRequest(
                    BudgetCategory.CHARTER_FLIGHTS, null, Money.usd("4500000.00"))));
    long operation = planCharter(line, "250000.00");
    Eventually.within(
        Duration.ofSeconds(60),
        () ->
            get("snm-supervisor", REMOVALS + "/operations/" + operation)
                .then()
                .body("status", equalTo("FUNDED")));
    long obligation = obligationFor(operation, agreement);

    // Rafael escorts; the person is manifested; the flight departs and completes.
    post(
            "snm-supervisor",
            REMOVALS + "/operations/" + operation + "/escorts",
            new EscortRequest(rafael))
        .then()
        .statusCode(200);
    post(
            "snm-supervisor",
            REMOVALS + "/operations/" + operation + "/manifest",
            new SeatRequest(person))
        .then()
        .statusCode(201);
    postIfMatch(
            "snm-supervisor",
            REMOVALS + "/operations/" + operation + "/manifest/freeze",
            REMOVALS + "/operations/" + operation,
            new ManifestRecheck(null))
        .then()
        .statusCode(200);
    postIfMatch(
            "snm-supervisor",
            REMOVALS + "/operations/" + operation + "/departure",
            new ManifestRecheck(null))
        .then()
        .statusCode(200);
    postIfMatch(
            "snm-supervisor",
            REMOVALS + "/operations/" + operation + "/closure",
            new OperationClosure(
                OperationStatus.COMPLETED, "Landed at BOG", Money.usd("243500.00")))
        .then()
        .statusCode(200);
    get("snm-officer", REMOVALS + "/cases/" + person)
        .then()
        .body("status", equalTo("REMOVED"))
        .body("removedOn", notNullValue());

    // deportation-service files the actual cost at DOS as a payment request; at DOS's gateway a
    // certifying officer other than the requester approves it.
    Eventually.within(
        Duration.ofSeconds(60),
        () ->
            get("snm-supervisor", REMOVALS + "/operations/" + operation)
                .then()
                .body("paymentRequestId", notNullValue()));
    long payment =
        get("snm-supervisor", REMOVALS + "/operations/" + operation)
            .jsonPath()
            .getLong("paymentRequestId");
    get("dos-budget", FUNDING + "/disbursements/" + payment)
        .then()
        .statusCode(200)
        .body("obligationId", equalTo((int) obligation))
        .body("amount.amount", equalTo("243500.00"))
        .body("requestedBy", equalTo("service-account-deportation-service"))
        .body("status", equalTo("REQUESTED"));
    as("dos-budget")
        .header("If-Match", "\"0\"")
        .post(FUNDING + "/disbursements/" + payment + "/approval")
        .then()
        .statusCode(403);
    as("dos-certifier")
        .header("If-Match", "\"0\"")
        .post(FUNDING + "/disbursements/" + payment + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    get("dhs-auditor", FUNDING + "/agreements/" + agreement + "/ledger").then().statusCode(404);
    get("dos-auditor", FUNDING + "/agreements/" + agreement + "/ledger")
        .then()
        .statusCode(200)
        .body("items.type", equalTo(List.of("COMMITMENT", "EXPENDITURE")))
        .body("items[0].obligationId", equalTo((int) obligation));

    // Cross-agency rules with real tokens: a DHS advisor reads the SNM case at SNM's gateway only
    // under a grant, and the read is logged at SNM; the State Department never sees the case,
    // and gets statistics with small cells hidden.
    String casePath = REMOVALS + "/cases/" + person;
    at(Stack.PA_GATEWAY, "dhs-advisor").get(casePath).then().statusCode(404);
    post(
            "snm-supervisor",
            REMOVALS + "/disclosures",
            new DisclosureGrantRequest(
                org.puente.common.security.Agency.US_DHS,
                person,
                "Memorandum of Understanding, art. 4",
                "Quality review of screening",
                Instant.now().plus(1, ChronoUnit.DAYS)))
        .then()
        .statusCode(201);
    at(Stack.PA_GATEWAY, "dhs-advisor").get(casePath).then().statusCode(200);
    as("snm-auditor")
        .queryParam("caseId", person)
        .get(REMOVALS + "/disclosures/log")
        .then()
        .statusCode(200)
        .body("items.reader", hasItem("dhs-advisor"));
    at(Stack.PA_GATEWAY, "dos-budget").get(casePath).then().statusCode(403);
    as("dos-budget")
        .queryParam("from", TODAY.withDayOfYear(1).toString())
        .queryParam("to", YearMonth.from(TODAY.plusDays(30)).toString())
        .get(REMOVALS + "/statistics/removals")
        .then()
        .statusCode(200)
        .body("suppressedBelow", equalTo(5))
        .body("cells[0].suppressed", equalTo(true));

    partnersAway(line, agreement);
  }

  /**
   * DOS away: a charter planned meanwhile waits with its funding pending, and is funded exactly
   * once when DOS's gateway is back. DHS away: a screening is refused (fail closed), nothing is
   * recorded. The other portals stay up throughout.
   */
  private void partnersAway(long line, long agreement) {
    Stack.stopGateway(Agency.US_DOS);
    long waiting;
    try {
      portalsUp(Agency.PA_SNM, Agency.US_DHS);
      // PA-SNM's portal: only the funds, which come from DOS, say they are away.
      try (Browser b = Browser.signedInAs("snm-supervisor")) {
        assertTrue(b.unavailable("funds-h"), "the funds panel: " + b.panel("funds-h").getText());
        for (String shown : List.of("cases-h", "removals-h", "sessions-h")) {
          assertFalse(b.unavailable(shown), shown + ": " + b.panel(shown).getText());
        }
        b.screenshot("partner-away-us-dos").accessible("partner-away-us-dos");
      }
      waiting = planCharter(line, "120000.00");
      for (int i = 0; i < 3; i++) {
        get("snm-supervisor", REMOVALS + "/operations/" + waiting)
            .then()
            .statusCode(200)
            .body("status", equalTo("FUNDING_PENDING"));
        sleep(2000);
      }
    } finally {
      Stack.startGateway(Agency.US_DOS);
    }
    Eventually.within(
        Duration.ofSeconds(120),
        () ->
            get("snm-supervisor", REMOVALS + "/operations/" + waiting)
                .then()
                .body("status", equalTo("FUNDED")));
    long obligation = obligationFor(waiting, agreement);
    sleep(3000); // a late repeat of the request would show now
    obligationFor(waiting, agreement);
    List<Integer> commitments =
        get("dos-auditor", FUNDING + "/agreements/" + agreement + "/ledger")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.type == 'COMMITMENT' }.obligationId");
    assertEquals(
        1,
        commitments.stream().filter(o -> o == obligation).count(),
        "one commitment for the operation: " + commitments);

    long person = newCase("Sintética Dos");
    Stack.stopGateway(Agency.US_DHS);
    try {
      portalsUp(Agency.PA_SNM, Agency.US_DOS);
      // DOS's portal: only the sessions, which come from DHS, say they are away.
      try (Browser b = Browser.signedInAs("dos-budget")) {
        assertTrue(b.unavailable("sessions-h"), "sessions: " + b.panel("sessions-h").getText());
        for (String shown : List.of("cases-h", "removals-h", "funds-h")) {
          assertFalse(b.unavailable(shown), shown + ": " + b.panel(shown).getText());
        }
        b.screenshot("partner-away-us-dhs").accessible("partner-away-us-dhs");
      }
      post(
              "snm-officer",
              REMOVALS + "/cases/" + person + "/screenings",
              new ScreeningRequest("es", null, false, ScreeningOutcome.NO_CLAIM, null))
          .then()
          .statusCode(503)
          .contentType(containsString("application/problem+json"))
          .body("status", equalTo(503));
      get("snm-officer", REMOVALS + "/cases/" + person + "/screenings")
          .then()
          .statusCode(200)
          .body("size()", equalTo(0));
      get("snm-officer", REMOVALS + "/cases/" + person)
          .then()
          .statusCode(200)
          .body("status", equalTo("OPEN"));
    } finally {
      Stack.startGateway(Agency.US_DHS);
    }
  }

  /** The portals of the deployments still running answer (the login page, for a newcomer). */
  private static void portalsUp(Agency... agencies) {
    for (Agency agency : agencies) {
      given().baseUri(agency.gateway).get("/").then().statusCode(200);
    }
  }

  /** The one obligation DOS holds for the operation, made by SNM's service account. */
  private static long obligationFor(long operation, long agreement) {
    return as("dos-budget")
        .queryParam("reference", "removal-operation:" + operation)
        .get(FUNDING + "/obligations")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].reference", equalTo("removal-operation:" + operation))
        .body("items[0].createdBy", equalTo("service-account-deportation-service"))
        .extract()
        .jsonPath()
        .getLong("items[0].id");
  }

  private static long planCharter(long line, String cost) {
    return id(
        post(
            "snm-supervisor",
            REMOVALS + "/operations",
            new OperationPlanRequest(
                OperationKind.CHARTER,
                "CO",
                "BOG",
                Instant.now().plus(3, ChronoUnit.DAYS),
                120,
                null,
                Money.usd(cost),
                line)));
  }

  private static long newCase(String familyNames) {
    return id(
        post(
            "snm-officer",
            REMOVALS + "/cases",
            new CaseRequest(
                "Persona",
                familyNames,
                LocalDate.parse("1991-05-04"),
                "CO",
                "M",
                List.of("es"),
                null,
                null,
                TODAY.minusDays(30),
                "Lajas Blancas reception station",
                null,
                null)));
  }

  /**
   * A DHS course whose session ran the five days up to today, scheduled by DHS's coordinator at
   * DHS's gateway; SNM's coordinator nominates the officer from SNM's gateway; DHS approves,
   * records attendance and completes it: the officer holds {@code competency} from today.
   */
  private static void certify(String competency, long officer) {
    STEPS.certify(competency, officer, TODAY);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
