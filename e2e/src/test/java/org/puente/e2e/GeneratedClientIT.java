package org.puente.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.puente.client.funding.api.AgreementsApi;
import org.puente.client.funding.api.BudgetLinesApi;
import org.puente.client.funding.api.ObligationsApi;
import org.puente.client.funding.model.AgreementRequest;
import org.puente.client.funding.model.AgreementView;
import org.puente.client.funding.model.BudgetCategory;
import org.puente.client.funding.model.BudgetLineRequest;
import org.puente.client.funding.model.BudgetLineView;
import org.puente.client.funding.model.ObligationView;
import org.puente.client.funding.model.PageObligationView;
import org.puente.client.removals.api.CasesApi;
import org.puente.client.removals.api.OperationsApi;
import org.puente.client.removals.api.ScreeningsApi;
import org.puente.client.removals.model.CaseRequest;
import org.puente.client.removals.model.CaseStatus;
import org.puente.client.removals.model.CaseView;
import org.puente.client.removals.model.OperationKind;
import org.puente.client.removals.model.OperationPlanRequest;
import org.puente.client.removals.model.OperationStatus;
import org.puente.client.removals.model.OperationView;
import org.puente.client.removals.model.ScreeningOutcome;
import org.puente.client.removals.model.ScreeningRequest;
import org.puente.client.removals.model.ScreeningView;
import org.puente.testing.Eventually;

/**
 * The workflow a partner agency's system plays with the Java client generated from the committed
 * OpenAPI documents (jar {@code puente-openapi}), and nothing else: no hand-written path, body or
 * JSON. Each client is the generated {@code ApiClient} at the user's own agency's gateway, with a
 * request interceptor that adds the user's Keycloak token and an {@code Idempotency-Key} on every
 * change. A PA-SNM officer opens a case (its id from the create's typed answer) and screens it; the
 * State Department's budget officer makes a charter line at DOS's gateway; a PA-SNM supervisor
 * plans a charter on it, which waits FUNDING_PENDING until deportation-service has the obligation
 * at DOS, and is then FUNDED with the obligation DOS holds.
 */
@Order(3) // after the scenario: it adds its own records only
class GeneratedClientIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Panama"));

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  void aNewClientOpensAndScreensACaseAndPlansAFundedCharter() throws Exception {
    // A PA-SNM officer opens a case at PA-SNM's gateway: the 201 answers the case, with its id.
    org.puente.client.removals.ApiClient officer = removals("snm-officer");
    CaseView opened =
        new CasesApi(officer)
            .openCase(
                new CaseRequest()
                    .givenNames("Persona")
                    .familyNames("Sintética Cliente")
                    .dateOfBirth(LocalDate.of(1991, 5, 4))
                    .nationality("CO")
                    .sex("M")
                    .languages(List.of("es"))
                    .encounteredOn(TODAY.minusDays(10))
                    .encounterPlace("Lajas Blancas reception station"),
                null);
    assertNotNull(opened.getId(), "the create answers the new case's id");
    assertEquals(CaseStatus.OPEN, opened.getStatus());
    long caseId = opened.getId();

    // The officer (Lucía, certified as a screener in the demo data) screens the person.
    // The screening asks training-service (at US-DHS) for the certification; a 503 says try again.
    ScreeningView screening =
        whileUnavailable(
            () ->
                new ScreeningsApi(officer)
                    .recordScreening(
                        caseId,
                        new ScreeningRequest()
                            .language("es")
                            .claimExpressed(false)
                            .outcome(ScreeningOutcome.NO_CLAIM),
                        null));
    assertNotNull(screening.getId());
    assertEquals(caseId, screening.getCaseId());
    assertEquals(ScreeningOutcome.NO_CLAIM, screening.getOutcome());
    assertEquals(1L, screening.getScreenerOfficerId());
    assertEquals(CaseStatus.SCREENING, new CasesApi(officer).getCase(caseId).getStatus());

    // The State Department's budget officer enters an agreement and a charter line at DOS.
    org.puente.client.funding.ApiClient dos = funding("dos-budget");
    AgreementView agreement =
        new AgreementsApi(dos)
            .createAgreement(
                new AgreementRequest()
                    .reference("PA-CLIENT-" + UUID.randomUUID().toString().substring(0, 8))
                    .title("Removal flights from Panama (generated client)")
                    .recipientAgency(org.puente.client.funding.model.Agency.PA_SNM)
                    .treasuryAccount("019-X-1143-000")
                    .ceiling(fundingUsd("2000000.00"))
                    .periodStart(TODAY.minusMonths(6))
                    .periodEnd(TODAY.plusYears(1)),
                null);
    assertNotNull(agreement.getId());
    BudgetLineView line =
        new BudgetLinesApi(dos)
            .createBudgetLine(
                agreement.getId(),
                new BudgetLineRequest()
                    .category(BudgetCategory.CHARTER_FLIGHTS)
                    .allotted(fundingUsd("1500000.00")),
                null);
    assertNotNull(line.getId());
    assertEquals(agreement.getId(), line.getAgreementId());
    assertEquals(BudgetCategory.CHARTER_FLIGHTS, line.getCategory());

    // A PA-SNM supervisor plans a charter on that line: funding is asked for in the background.
    OperationsApi operations = new OperationsApi(removals("snm-supervisor"));
    OperationView planned =
        whileUnavailable(
            () ->
                operations.planOperation(
                    new OperationPlanRequest()
                        .kind(OperationKind.CHARTER)
                        .destinationCountry("CO")
                        .destinationAirport("BOG")
                        .departureAt(OffsetDateTime.now(ZoneOffset.UTC).plusDays(3))
                        .seats(120)
                        .costEstimate(
                            new org.puente.client.removals.model.Money()
                                .amount("90000.00")
                                .currency("USD"))
                        .budgetLineId(line.getId()),
                    null));
    assertNotNull(planned.getId());
    assertEquals(OperationStatus.FUNDING_PENDING, planned.getStatus());
    assertEquals(line.getId(), planned.getFundingLineId());
    long operationId = planned.getId();

    // deportation-service obtains the obligation at DOS by itself: the operation becomes FUNDED.
    Eventually.within(
        Duration.ofSeconds(90),
        () -> {
          OperationView now = read(operations, operationId);
          assertEquals(OperationStatus.FUNDED, now.getStatus(), now.getStatusReason());
          assertNotNull(now.getFundingObligationId());
        });
    OperationView funded = operations.getOperation(operationId);

    // DOS holds that one obligation, on the line, for the estimate, made by SNM's service account.
    PageObligationView obligations =
        new ObligationsApi(dos)
            .listObligations(null, null, null, null, "removal-operation:" + operationId);
    assertEquals(1, obligations.getItems().size(), "one obligation: " + obligations.getItems());
    ObligationView obligation = obligations.getItems().get(0);
    assertEquals(funded.getFundingObligationId(), obligation.getId());
    assertEquals(line.getId(), obligation.getBudgetLineId());
    assertEquals("90000.00", obligation.getAmount().getAmount());
    assertEquals("service-account-deportation-service", obligation.getCreatedBy());
    BudgetLineView after = new BudgetLinesApi(dos).getBudgetLine(line.getId());
    assertTrue(
        new java.math.BigDecimal(after.getObligated().getAmount())
                .compareTo(new java.math.BigDecimal("90000.00"))
            == 0,
        "obligated on the line: " + after.getObligated());
  }

  /**
   * Calls deportation-service as a client should: a 503 ("try again later", e.g. while a partner's
   * circuit breaker is open after an earlier test took that partner away) is retried for up to a
   * minute; any other refusal fails at once.
   */
  private static <T> T whileUnavailable(java.util.concurrent.Callable<T> call) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        return call.call();
      } catch (org.puente.client.removals.ApiException e) {
        if (e.getCode() != 503 || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(1000);
      }
    }
  }

  /** The operation as the client reads it (for {@link Eventually}, which retries what throws). */
  private static OperationView read(OperationsApi operations, long id) {
    try {
      return operations.getOperation(id);
    } catch (org.puente.client.removals.ApiException e) {
      throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
    }
  }

  /** The generated removals client as {@code user}, at the user's own agency's gateway. */
  private static org.puente.client.removals.ApiClient removals(String user) {
    org.puente.client.removals.ApiClient client = new org.puente.client.removals.ApiClient();
    client.updateBaseUri(Stack.gatewayOf(user));
    client.setRequestInterceptor(signedIn(user));
    return client;
  }

  /** The generated funding client as {@code user}, at the user's own agency's gateway. */
  private static org.puente.client.funding.ApiClient funding(String user) {
    org.puente.client.funding.ApiClient client = new org.puente.client.funding.ApiClient();
    client.updateBaseUri(Stack.gatewayOf(user));
    client.setRequestInterceptor(signedIn(user));
    return client;
  }

  /**
   * What a client adds to every request: the user's bearer token, and on every change (anything but
   * GET) an {@code Idempotency-Key} of its own, so that a retried create records once.
   */
  private static Consumer<HttpRequest.Builder> signedIn(String user) {
    String bearer = Stack.bearer(user);
    return request -> {
      request.setHeader("Authorization", bearer);
      if (!request.copy().build().method().equals("GET")) {
        request.setHeader("Idempotency-Key", UUID.randomUUID().toString());
      }
    };
  }

  private static org.puente.client.funding.model.Money fundingUsd(String amount) {
    return new org.puente.client.funding.model.Money().amount(amount).currency("USD");
  }
}
