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
import java.sql.Connection;
import java.sql.ResultSet;
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

  /**
   * The line's funds are taken last: two obligations for the whole line both pass the checks and
   * write their rows (obligation, ledger entry, audit rows, idempotency record) before either asks
   * for the line's lock; the one that loses the race is refused and leaves none of them behind.
   */
  @Test
  void anObligationThatLosesTheRaceForTheLastFundsLeavesNothingBehind() throws Exception {
    long line = Fixtures.line("1000.00");
    List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Response>> calls = new ArrayList<>();
    try (Connection holder = Fixtures.connect();
        Connection observer = Fixtures.connect()) {
      holder.setAutoCommit(false);
      // The lock the line's conditional UPDATE takes; the obligations' FK checks do not need it.
      holder
          .createStatement()
          .execute("select 1 from budget_line where id = " + line + " for no key update");
      for (String key : keys) {
        calls.add(
            pool.submit(
                () ->
                    given()
                        .header("Authorization", DOS_FUNDING)
                        .header("Idempotency-Key", key)
                        .contentType(ContentType.JSON)
                        .body(
                            Fixtures.json(
                                new ObligationRequest(
                                    line,
                                    Fixtures.money("1000.00"),
                                    "Charter",
                                    "removal-operation:" + UUID.randomUUID(),
                                    null)))
                        .post("/api/v1/funding/obligations")));
      }
      List<Integer> waiting = waitingForTheLine(observer, 2);
      // Each has written every row of its obligation; budget_line is the UPDATE it waits in.
      for (int pid : waiting) {
        assertEquals(
            List.of(
                "audit_revision",
                "audit_revision_entity",
                "budget_line",
                "idempotency_record",
                "ledger_entry",
                "obligation",
                "obligation_aud"),
            tablesWrittenBy(observer, pid),
            "written before the line's lock is asked for");
      }
      holder.rollback();
    } finally {
      pool.shutdown();
    }
    List<Response> responses = new ArrayList<>();
    for (Future<Response> call : calls) {
      responses.add(call.get());
    }
    assertEquals(1, status(responses, 201));
    Response refused =
        responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    refused
        .then()
        .contentType("application/problem+json")
        .body(
            "reasons",
            contains("Insufficient funds on the budget line: 0.00 available, 1000.00 requested"));
    String refusedKey = keys.get(responses.indexOf(refused));
    assertEquals(
        1, Fixtures.count("select count(*) from obligation where budget_line_id = " + line));
    assertEquals(
        1, Fixtures.count("select count(*) from ledger_entry where budget_line_id = " + line));
    assertEquals(
        1, Fixtures.count("select count(*) from obligation_aud where budget_line_id = " + line));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from idempotency_record where idem_key = '" + refusedKey + "'"));
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/budget-lines/" + line)
        .then()
        .body("obligated.amount", equalTo("1000.00"));
  }

  /** The backends waiting for the line's conditional UPDATE, once there are {@code n} of them. */
  private static List<Integer> waitingForTheLine(Connection observer, int n) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (true) {
      List<Integer> pids = new ArrayList<>();
      try (ResultSet rs =
          observer
              .createStatement()
              .executeQuery(
                  "select pid from pg_stat_activity where datname = current_database()"
                      + " and wait_event_type = 'Lock' and query like 'update budget_line set obligated%'")) {
        while (rs.next()) {
          pids.add(rs.getInt(1));
        }
      }
      if (pids.size() == n) {
        return pids;
      }
      assertTrue(System.nanoTime() < deadline, pids.size() + " of " + n + " obligations waiting");
      Thread.sleep(20);
    }
  }

  /** The tables a backend's open transaction has inserted into or updated. */
  private static List<String> tablesWrittenBy(Connection observer, int pid) throws Exception {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        observer
            .createStatement()
            .executeQuery(
                "select c.relname from pg_locks l join pg_class c on c.oid = l.relation"
                    + " where l.pid = "
                    + pid
                    + " and l.mode = 'RowExclusiveLock' and l.granted and c.relkind = 'r'"
                    + " order by c.relname")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
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
