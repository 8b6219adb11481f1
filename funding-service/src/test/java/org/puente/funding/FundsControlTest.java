package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.puente.common.money.Money;
import org.puente.funding.api.DeobligationReason;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.ObligationRequest;

/** The Anti-Deficiency Act in code: never more than available, never outside the period. */
@QuarkusTest
class FundsControlTest {

  private static List<Response> concurrently(int n, Supplier<Response> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        calls.add(call::get);
      }
      List<Response> responses = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(calls)) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      pool.shutdown();
    }
  }

  private static long status(List<Response> responses, int status) {
    return responses.stream().filter(r -> r.statusCode() == status).count();
  }

  @Test
  void hundredConcurrentObligationsOnFiftyThousandMakeExactlyFifty() throws Exception {
    long line = Fixtures.line("50000.00");
    List<Response> responses =
        concurrently(
            100,
            () -> Fixtures.obligate(line, "1000.00", "removal-operation:" + UUID.randomUUID()));
    assertEquals(50, status(responses, 201));
    assertEquals(50, status(responses, 409));
    responses.stream()
        .filter(r -> r.statusCode() == 409)
        .forEach(
            r ->
                r.then()
                    .contentType("application/problem+json")
                    .body("reasons[0]", containsString("Insufficient funds on the budget line")));
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/budget-lines/" + line)
        .then()
        .body("obligated.amount", equalTo("50000.00"))
        .body("available.amount", equalTo("0.00"));
    assertEquals(
        new BigDecimal("50000.00"),
        Fixtures.amount("select sum(amount) from ledger_entry where budget_line_id = " + line));
    assertEquals(
        50, Fixtures.count("select count(*) from obligation where budget_line_id = " + line));
  }

  @Test
  void hundredConcurrentPaymentsOnFiftyThousandMakeExactlyFifty() throws Exception {
    long obligation = Fixtures.obligation(Fixtures.line("50000.00"), "50000.00");
    List<Response> responses =
        concurrently(100, () -> Fixtures.requestPayment(DOS_FUNDING, obligation, "1000.00"));
    assertEquals(50, status(responses, 201));
    assertEquals(50, status(responses, 409));
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/obligations/" + obligation)
        .then()
        .body("pending.amount", equalTo("50000.00"))
        .body("remainder.amount", equalTo("0.00"));
    // Approving them all pays exactly the obligation, to the cent.
    List<Long> ids = new ArrayList<>();
    responses.stream()
        .filter(r -> r.statusCode() == 201)
        .forEach(r -> ids.add(r.jsonPath().getLong("id")));
    for (long id : ids) {
      given()
          .header("Authorization", Fixtures.DOS_CERTIFIER)
          .header("If-Match", "\"0\"")
          .post("/api/v1/funding/disbursements/" + id + "/approval")
          .then()
          .statusCode(200);
    }
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/obligations/" + obligation)
        .then()
        .body("disbursed.amount", equalTo("50000.00"))
        .body("pending.amount", equalTo("0.00"));
    assertEquals(
        new BigDecimal("50000.00"),
        Fixtures.amount(
            "select sum(amount) from ledger_entry where obligation_id = "
                + obligation
                + " and type = 'EXPENDITURE'"));
  }

  @Test
  void twentyConcurrentRetriesWithOneKeyMakeOneObligation() throws Exception {
    long line = Fixtures.line("50000.00");
    String key = UUID.randomUUID().toString();
    String body =
        Fixtures.json(
            new ObligationRequest(
                line, Fixtures.money("1000.00"), "Charter", "removal-operation:7", null));
    List<Response> responses =
        concurrently(
            20,
            () ->
                given()
                    .header("Authorization", DOS_FUNDING)
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/funding/obligations"));
    assertEquals(20, status(responses, 201));
    assertEquals(
        1, responses.stream().map(Response::asString).distinct().count(), "identical answers");
    assertEquals(
        1, Fixtures.count("select count(*) from obligation where budget_line_id = " + line));
    String other =
        Fixtures.json(
            new ObligationRequest(
                line, Fixtures.money("2000.00"), "Charter", "removal-operation:7", null));
    given()
        .header("Authorization", DOS_FUNDING)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(other)
        .post("/api/v1/funding/obligations")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    assertEquals(
        1, Fixtures.count("select count(*) from obligation where budget_line_id = " + line));
  }

  @Test
  void obligationOutsideThePeriodOfAvailabilityIs409() {
    long expired =
        Fixtures.agreement(LocalDate.now().minusYears(2), LocalDate.now().minusDays(1), "1000.00");
    long line = Fixtures.line(expired, "EQUIPMENT", "1000.00");
    Fixtures.obligate(line, "10.00", "equipment:1")
        .then()
        .statusCode(409)
        .body("reasons[0]", containsString("outside the period of availability"));
    long future =
        Fixtures.agreement(LocalDate.now().plusDays(1), LocalDate.now().plusYears(1), "1000.00");
    Fixtures.obligate(Fixtures.line(future, "EQUIPMENT", "1000.00"), "10.00", "equipment:1")
        .then()
        .statusCode(409);
    assertEquals(
        0, Fixtures.count("select count(*) from obligation where budget_line_id = " + line));
  }

  @Test
  void obligationOnAClosedAgreementIs409WithEveryReason() {
    long agreement = Fixtures.agreement("1000.00");
    long line = Fixtures.line(agreement, "EQUIPMENT", "100.00");
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", "\"0\"")
        .post("/api/v1/funding/agreements/" + agreement + "/closure")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    Fixtures.obligate(line, "200.00", "equipment:2")
        .then()
        .statusCode(409)
        .body(
            "reasons",
            contains(
                "The agreement is CLOSED; it takes no new obligations",
                "Insufficient funds on the budget line: 100.00 available, 200.00 requested"));
  }

  @Test
  void deobligationReturnsFundsAsAReversingEntry() {
    long line = Fixtures.line("1000.00");
    long obligation = Fixtures.obligation(line, "600.00");
    Fixtures.requestPayment(DOS_FUNDING, obligation, "100.00").then().statusCode(201);
    String etag = Fixtures.etag("/api/v1/funding/obligations/" + obligation, DOS_FUNDING);
    // Only what is neither paid nor awaiting payment can go back.
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new DeobligationRequest(
                    Fixtures.money("500.01"), DeobligationReason.OPERATION_CANCELLED)))
        .post("/api/v1/funding/obligations/" + obligation + "/deobligation")
        .then()
        .statusCode(409);
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new DeobligationRequest(
                    Fixtures.money("500.00"), DeobligationReason.OPERATION_CANCELLED)))
        .post("/api/v1/funding/obligations/" + obligation + "/deobligation")
        .then()
        .statusCode(200)
        .body("deobligated.amount", equalTo("500.00"))
        .body("remainder.amount", equalTo("0.00"));
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/budget-lines/" + line)
        .then()
        .body("obligated.amount", equalTo("100.00"))
        .body("available.amount", equalTo("900.00"));
    long agreement =
        given()
            .header("Authorization", DOS_FUNDING)
            .get("/api/v1/funding/budget-lines/" + line)
            .jsonPath()
            .getLong("agreementId");
    given()
        .header("Authorization", Fixtures.DOS_AUDITOR)
        .get("/api/v1/funding/agreements/" + agreement + "/ledger")
        .then()
        .statusCode(200)
        .body("items.type", contains("COMMITMENT", "DEOBLIGATION"))
        .body("items.amount.amount", contains("600.00", "-500.00"));
  }

  @Test
  void theLedgerRefusesEditsAndDeletes() {
    long line = Fixtures.line("1000.00");
    Fixtures.obligation(line, "10.00");
    assertTrue(
        Fixtures.refusedStatement(
                "update ledger_entry set amount = 1 where budget_line_id = " + line)
            .contains("append-only"));
    assertTrue(
        Fixtures.refusedStatement("delete from ledger_entry where budget_line_id = " + line)
            .contains("append-only"));
    assertTrue(
        Fixtures.refusedStatement(
                "update budget_line set obligated = allotted + 1 where id = " + line)
            .contains("budget_line_funds"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000.001", "-5.00", "0", "0.00", "abc", "", "1e3"})
  void badAmountsAre400AndChangeNothing(String amount) {
    long line = Fixtures.line("1000.00");
    given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        // A map: these amounts are malformed, which Money cannot hold.
        .body(
            Map.of(
                "budgetLineId",
                line,
                "amount",
                Map.of("amount", amount, "currency", "USD"),
                "purpose",
                "x",
                "reference",
                "equipment:3"))
        .post("/api/v1/funding/obligations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(containsString("amount")));
    assertEquals(
        0, Fixtures.count("select count(*) from obligation where budget_line_id = " + line));
  }

  @Test
  void aNumberInsteadOfAStringIsStillExactAndOtherCurrenciesAreRefused() {
    long line = Fixtures.line("1000.00");
    given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        // A string: the amount is a JSON number here, which Money would write as a string.
        .body(
            "{\"budgetLineId\":"
                + line
                + ",\"amount\":{\"amount\":0.1,\"currency\":\"USD\"},\"purpose\":\"x\",\"reference\":\"equipment:4\"}")
        .post("/api/v1/funding/obligations")
        .then()
        .statusCode(201)
        .body("amount.amount", equalTo("0.10"));
    Fixtures.obligate(line, "1.00", "equipment:5").then().statusCode(201);
    given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new ObligationRequest(
                    line, new Money(new BigDecimal("1.00"), "EUR"), "x", "equipment:6", null)))
        .post("/api/v1/funding/obligations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("amount.currency"));
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/budget-lines/" + line)
        .then()
        .body("obligated.amount", equalTo("1.10"))
        .body("obligated.amount", not(equalTo("1.1")));
  }
}
