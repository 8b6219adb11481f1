package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.puente.testing.Eventually;
import org.puente.testing.Steps;

/**
 * The bilateral scenario, through the gateway, with Keycloak's tokens: a DHS trainer certifies SNM
 * officers; one screens a case; a supervisor orders removal, the order becomes final, a travel
 * document is issued; the State Department funds a charter flight; the person is manifested; the
 * flight departs and completes; a second person approves the payment. Then the cross-agency rules,
 * with real tokens.
 */
@Order(2)
class BilateralScenarioIT {

  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/Panama"));

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
    RestAssured.baseURI = Stack.GATEWAY;
  }

  private static final Steps STEPS = new Steps(Stack::bearer, path -> path);

  private static Response post(String user, String path, Object body) {
    return STEPS.post(user, path, body);
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
    String training = "/api/v1/training";
    String removals = "/api/v1/removals";
    String funding = "/api/v1/funding";

    // Panama's officers Lucía and Rafael, registered and vetted by the demo data: their records
    // are the officer_id claims Keycloak puts in their tokens (1 and 2).
    long lucia = 1;
    long rafael = 2;
    for (long officer : List.of(lucia, rafael)) {
      given()
          .header("Authorization", Stack.bearer("snm-coordinator"))
          .get(training + "/officers/" + officer)
          .then()
          .statusCode(200)
          .body("agency", equalTo("PA-SNM"))
          .body("vettingStatus", equalTo("CLEARED"));
    }
    // A DHS trainer runs a protection-screening course and certifies Lucía; and Rafael as escort.
    STEPS.certify("PROTECTION_SCREENING", lucia, TODAY);
    STEPS.certify("REMOVAL_ESCORT", rafael, TODAY);

    // Lucía screens a person encountered at Lajas Blancas: no protection claim.
    long person =
        id(
            post(
                "snm-officer",
                removals + "/cases",
                Map.of(
                    "givenNames",
                    "Persona",
                    "familyNames",
                    "Sintética Uno",
                    "dateOfBirth",
                    "1991-05-04",
                    "nationality",
                    "CO",
                    "sex",
                    "M",
                    "languages",
                    List.of("es"),
                    "encounteredOn",
                    TODAY.minusDays(30).toString(),
                    "encounterPlace",
                    "Lajas Blancas reception station")));
    post(
            "snm-officer",
            removals + "/cases/" + person + "/screenings",
            Map.of("language", "es", "claimExpressed", false, "outcome", "NO_CLAIM"))
        .then()
        .statusCode(201)
        .body("screenerOfficerId", equalTo(1));

    // The person is told of their rights in Spanish; a supervisor orders removal; the appeal
    // window has passed; the order becomes final.
    post(
            "snm-officer",
            removals + "/cases/" + person + "/rights-notices",
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
    post(
            "snm-supervisor",
            removals + "/cases/" + person + "/removal-order",
            Map.of(
                "legalBasis",
                "Decreto Ley 3 de 2008",
                "issuedOn",
                TODAY.minusDays(20).toString(),
                "notifiedOn",
                TODAY.minusDays(20).toString(),
                "appealDeadline",
                TODAY.minusDays(5).toString(),
                "appealSuspensive",
                true))
        .then()
        .statusCode(201);
    given()
        .header("Authorization", Stack.bearer("snm-supervisor"))
        .header("If-Match", etag("snm-supervisor", removals + "/cases/" + person))
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Appeal window passed without appeal"))
        .post(removals + "/cases/" + person + "/removal-order/finality")
        .then()
        .statusCode(200)
        .body("status", equalTo("ENFORCEABLE"));

    // Colombia issues a travel document; the person is fit to fly.
    long document =
        id(
            post(
                "snm-officer",
                removals + "/cases/" + person + "/travel-documents",
                Map.of("type", "PASSPORT", "country", "CO")));
    given()
        .header("Authorization", Stack.bearer("snm-officer"))
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "status",
                "ISSUED",
                "number",
                "CO-TD-1",
                "issuedOn",
                TODAY.minusDays(1).toString(),
                "expiresOn",
                TODAY.plusMonths(6).toString()))
        .put(removals + "/cases/" + person + "/travel-documents/" + document)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Stack.bearer("snm-officer"))
        .header("If-Match", etag("snm-officer", removals + "/cases/" + person))
        .contentType(ContentType.JSON)
        .body(Map.of("fitToFly", true, "assessedOn", TODAY.toString()))
        .put(removals + "/cases/" + person + "/fitness-to-fly")
        .then()
        .statusCode(200);

    // The State Department's agreement has a charter line; a flight to Bogota is planned with
    // its cost, and deportation-service asks funding-service for the obligation by itself.
    long agreement =
        id(
            post(
                "dos-budget",
                funding + "/agreements",
                Map.of(
                    "reference",
                    "PA-REMOVALS-" + UUID.randomUUID().toString().substring(0, 8),
                    "title",
                    "Removal flights from Panama",
                    "recipientAgency",
                    "PA-SNM",
                    "treasuryAccount",
                    "019-X-1143-000",
                    "ceiling",
                    Map.of("amount", "6000000.00", "currency", "USD"),
                    "periodStart",
                    TODAY.minusMonths(6).toString(),
                    "periodEnd",
                    TODAY.plusYears(1).toString())));
    long line =
        id(
            post(
                "dos-budget",
                funding + "/agreements/" + agreement + "/budget-lines",
                Map.of(
                    "category",
                    "CHARTER_FLIGHTS",
                    "allotted",
                    Map.of("amount", "4500000.00", "currency", "USD"))));
    long operation =
        id(
            post(
                "snm-supervisor",
                removals + "/operations",
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
                    120,
                    "costEstimate",
                    Map.of("amount", "250000.00", "currency", "USD"),
                    "budgetLineId",
                    line)));
    Eventually.within(
        Duration.ofSeconds(60),
        () ->
            STEPS
                .get("snm-supervisor", removals + "/operations/" + operation)
                .then()
                .body("status", equalTo("FUNDED")));
    long obligation =
        given()
            .header("Authorization", Stack.bearer("dos-budget"))
            .queryParam("reference", "removal-operation:" + operation)
            .get(funding + "/obligations")
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(1))
            .body("items[0].createdBy", equalTo("service-account-deportation-service"))
            .extract()
            .jsonPath()
            .getLong("items[0].id");

    // Rafael escorts; the person is manifested; the flight departs and completes.
    post(
            "snm-supervisor",
            removals + "/operations/" + operation + "/escorts",
            Map.of("officerId", rafael))
        .then()
        .statusCode(200);
    post(
            "snm-supervisor",
            removals + "/operations/" + operation + "/manifest",
            Map.of("caseId", person))
        .then()
        .statusCode(201);
    postIfMatch(
            "snm-supervisor",
            removals + "/operations/" + operation + "/manifest/freeze",
            removals + "/operations/" + operation,
            Map.of())
        .then()
        .statusCode(200);
    postIfMatch("snm-supervisor", removals + "/operations/" + operation + "/departure", Map.of())
        .then()
        .statusCode(200);
    postIfMatch(
            "snm-supervisor",
            removals + "/operations/" + operation + "/closure",
            Map.of(
                "status",
                "COMPLETED",
                "reason",
                "Landed at BOG",
                "actualCost",
                Map.of("amount", "243500.00", "currency", "USD")))
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Stack.bearer("snm-officer"))
        .get(removals + "/cases/" + person)
        .then()
        .body("status", equalTo("REMOVED"))
        .body("removedOn", notNullValue());

    // deportation-service files the actual cost; a second person approves the payment.
    Eventually.within(
        Duration.ofSeconds(60),
        () ->
            STEPS
                .get("snm-supervisor", removals + "/operations/" + operation)
                .then()
                .body("paymentRequestId", notNullValue()));
    long payment =
        STEPS
            .get("snm-supervisor", removals + "/operations/" + operation)
            .jsonPath()
            .getLong("paymentRequestId");
    STEPS
        .get("dos-budget", funding + "/disbursements/" + payment)
        .then()
        .statusCode(200)
        .body("obligationId", equalTo((int) obligation))
        .body("amount.amount", equalTo("243500.00"))
        .body("status", equalTo("REQUESTED"));
    given()
        .header("Authorization", Stack.bearer("dos-budget"))
        .header("If-Match", "\"0\"")
        .post(funding + "/disbursements/" + payment + "/approval")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", Stack.bearer("dos-certifier"))
        .header("If-Match", "\"0\"")
        .post(funding + "/disbursements/" + payment + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    given()
        .header("Authorization", Stack.bearer("dhs-auditor"))
        .get(funding + "/agreements/" + agreement + "/ledger")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", Stack.bearer("dos-auditor"))
        .get(funding + "/agreements/" + agreement + "/ledger")
        .then()
        .statusCode(200)
        .body("items.type", equalTo(List.of("COMMITMENT", "EXPENDITURE")));

    // Cross-agency rules with real tokens: DHS sees the case only under a grant, logged;
    // the State Department never sees it, and gets statistics with small cells hidden.
    String casePath = removals + "/cases/" + person;
    given()
        .header("Authorization", Stack.bearer("dhs-advisor"))
        .get(casePath)
        .then()
        .statusCode(404);
    post(
            "snm-supervisor",
            removals + "/disclosures",
            Map.of(
                "granteeAgency",
                "US-DHS",
                "caseId",
                person,
                "legalBasis",
                "Memorandum of Understanding, art. 4",
                "purpose",
                "Quality review of screening",
                "expiresAt",
                Instant.now().plus(1, ChronoUnit.DAYS).toString()))
        .then()
        .statusCode(201);
    given()
        .header("Authorization", Stack.bearer("dhs-advisor"))
        .get(casePath)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Stack.bearer("snm-auditor"))
        .queryParam("caseId", person)
        .get(removals + "/disclosures/log")
        .then()
        .statusCode(200)
        .body("items.reader", hasItem("dhs-advisor"));
    given()
        .header("Authorization", Stack.bearer("dos-budget"))
        .get(casePath)
        .then()
        .statusCode(403);
    given()
        .header("Authorization", Stack.bearer("dos-budget"))
        .queryParam("from", TODAY.withDayOfYear(1).toString())
        .queryParam("to", YearMonth.from(TODAY.plusDays(30)).toString())
        .get(removals + "/statistics/removals")
        .then()
        .statusCode(200)
        .body("suppressedBelow", equalTo(5))
        .body("cells[0].suppressed", equalTo(true));
  }
}
