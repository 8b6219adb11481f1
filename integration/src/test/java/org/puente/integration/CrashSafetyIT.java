package org.puente.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.funding.api.ObligationRequest;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.testing.ApiJson;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.Eventually;
import org.puente.testing.Steps;

/**
 * Faults under write load. PostgreSQL crashed ({@code -m immediate}) and started again: every write
 * acknowledged with 2xx is there. deportation-service and funding-service killed ({@code kill -9})
 * and started again: no acknowledged write is lost, and no obligation is made twice.
 */
@Order(6)
class CrashSafetyIT {

  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/Panama"));

  @Test
  void postgresCrashedDuringWritesLosesNoAcknowledgedWrite() throws Exception {
    Suite suite = Suite.shared();
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    Map<Integer, Integer> answers = new ConcurrentHashMap<>();
    PostgresControl postgres = new PostgresControl();
    try (Load load =
        new Load(
            4,
            n -> {
              Response r =
                  given()
                      .header("Authorization", Suite.bearer("snm-officer"))
                      .header("Idempotency-Key", "crash-" + UUID.randomUUID())
                      .contentType(ContentType.JSON)
                      .body(ApiJson.write(person(n)))
                      .post(suite.url("/api/v1/removals/cases"));
              answers.merge(r.statusCode(), 1, Integer::sum);
              if (r.statusCode() == 201) {
                acknowledged.add(r.jsonPath().getLong("id"));
              }
            })) {
      Thread.sleep(1500);
      postgres.crash();
      Figures.fault();
      Thread.sleep(1500);
      postgres.start();
      Thread.sleep(3000);
    }
    assertTrue(acknowledged.size() > 20, "writes acknowledged: " + acknowledged.size());
    assertTrue(answers.keySet().stream().noneMatch(s -> s == 500), "answers: " + answers);
    long lost =
        acknowledged.stream()
            .filter(
                id ->
                    given()
                            .header("Authorization", Suite.bearer("snm-officer"))
                            .get(suite.url("/api/v1/removals/cases/" + id))
                            .statusCode()
                        != 200)
            .count();
    Figures.acknowledged(acknowledged.size());
    Figures.lost(lost);
    assertEquals(
        0, lost, "acknowledged cases lost of " + acknowledged.size() + "; answers " + answers);
  }

  @Test
  void servicesKilledDuringWritesLoseNothingAndObligateNothingTwice() throws Exception {
    Suite suite = Suite.shared();
    Steps steps = suite.steps;
    long agreement =
        Steps.id(
            steps.post(
                "dos-budget",
                "/api/v1/funding/agreements",
                new AgreementRequest(
                    "CRASH-" + UUID.randomUUID().toString().substring(0, 8),
                    "Crash test programme",
                    Agency.PA_SNM,
                    "019-X-1143-000",
                    Money.usd("5000000.00"),
                    TODAY.minusMonths(1),
                    TODAY.plusYears(1))));
    long line =
        Steps.id(
            steps.post(
                "dos-budget",
                "/api/v1/funding/agreements/" + agreement + "/budget-lines",
                new BudgetLineRequest(
                    BudgetCategory.CHARTER_FLIGHTS, null, Money.usd("5000000.00"))));

    Set<Long> operations = ConcurrentHashMap.newKeySet();
    Map<String, Long> obligations = new ConcurrentHashMap<>();
    try (Load load =
        new Load(
            4,
            n -> {
              if (n % 2 == 0) {
                Response r =
                    given()
                        .header("Authorization", Suite.bearer("snm-supervisor"))
                        .header("Idempotency-Key", "plan-" + UUID.randomUUID())
                        .contentType(ContentType.JSON)
                        .body(
                            ApiJson.write(
                                new OperationPlanRequest(
                                    OperationKind.COMMERCIAL,
                                    "EC",
                                    "UIO",
                                    Instant.now().plus(9, ChronoUnit.DAYS),
                                    4,
                                    null,
                                    Money.usd("1000.00"),
                                    line)))
                        .post(suite.url("/api/v1/removals/operations"));
                if (r.statusCode() == 201) {
                  operations.add(r.jsonPath().getLong("id"));
                }
              } else {
                // A client that retries with the same key until it has an answer.
                String key = "obligate-" + UUID.randomUUID();
                for (int attempt = 0; attempt < 50; attempt++) {
                  try {
                    Response r =
                        given()
                            .header("Authorization", Suite.bearer("dos-budget"))
                            .header("Idempotency-Key", key)
                            .contentType(ContentType.JSON)
                            .body(
                                ApiJson.write(
                                    new ObligationRequest(
                                        line,
                                        Money.usd("100.00"),
                                        "Load under faults",
                                        "load:" + key,
                                        null)))
                            .post(suite.url("/api/v1/funding/obligations"));
                    if (r.statusCode() == 201) {
                      obligations.put(key, r.jsonPath().getLong("id"));
                      return;
                    }
                  } catch (RuntimeException down) {
                    // the service is restarting: try again
                  }
                  sleep(200);
                }
              }
            })) {
      Thread.sleep(1500);
      suite.removals.kill();
      Figures.fault();
      Thread.sleep(500);
      suite.funding.kill();
      Figures.fault();
      suite.funding.start();
      suite.removals.start();
      Thread.sleep(2000);
    }
    assertTrue(
        operations.size() > 5 && obligations.size() > 5,
        operations.size() + " / " + obligations.size());

    long lost = 0;
    for (long id : operations) {
      if (given()
              .header("Authorization", Suite.bearer("snm-supervisor"))
              .get(suite.url("/api/v1/removals/operations/" + id))
              .statusCode()
          != 200) {
        lost++;
      }
    }
    for (Map.Entry<String, Long> o : obligations.entrySet()) {
      Response r = steps.get("dos-budget", "/api/v1/funding/obligations/" + o.getValue());
      if (r.statusCode() != 200
          || !r.jsonPath().getString("reference").equals("load:" + o.getKey())) {
        lost++;
      }
    }
    Figures.acknowledged(operations.size() + obligations.size());
    Figures.lost(lost);
    assertEquals(0, lost, "acknowledged writes lost");

    // Every acknowledged operation is funded in the end, by exactly one obligation.
    Eventually.within(
        Duration.ofSeconds(90),
        () ->
            assertEquals(
                0,
                operations.stream()
                    .filter(
                        id ->
                            !"FUNDED"
                                .equals(
                                    steps
                                        .get("snm-supervisor", "/api/v1/removals/operations/" + id)
                                        .jsonPath()
                                        .getString("status")))
                    .count()));
    String ours =
        "reference like 'load:%' or reference in ("
            + String.join(
                ",", operations.stream().map(id -> "'removal-operation:" + id + "'").toList())
            + ")";
    long twice =
        count(
            "select count(*) from (select reference from obligation where "
                + ours
                + " group by reference having count(*) > 1) d");
    Figures.duplicated(twice);
    assertEquals(
        0,
        twice,
        "references obligated more than once: "
            + list(
                "select reference || ' x' || count(*) from obligation where "
                    + ours
                    + " group by reference having count(*) > 1"));
    for (long id : operations) {
      assertEquals(
          1,
          count("select count(*) from obligation where reference = 'removal-operation:" + id + "'"),
          "obligations for operation " + id);
    }
  }

  private static List<String> list(String sql) {
    List<String> rows = new java.util.ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl("it_funding"), "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  private static long count(String sql) {
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl("it_funding"), "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static CaseRequest person(long n) {
    String family = Seeded.name("Crash" + n);
    return new CaseRequest(
        Seeded.name("Prueba"),
        family,
        LocalDate.parse(Seeded.date(LocalDate.of(1985, 1, 1).plusDays(n % 3000))),
        "VE",
        "F",
        List.of("es"),
        null,
        null,
        TODAY.minusDays(2),
        "Lajas Blancas reception station",
        null,
        null);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Threads repeating a write until closed; a failed request is just counted by the writer. */
  private static final class Load implements AutoCloseable {
    private final ExecutorService pool;
    private final AtomicBoolean running = new AtomicBoolean(true);

    Load(int threads, Consumer<Integer> write) {
      pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.submit(
            () -> {
              int n = thread;
              while (running.get()) {
                try {
                  write.accept(n);
                } catch (RuntimeException e) {
                  sleep(50); // refused connection while a part restarts
                }
                n += threads;
              }
            });
      }
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      pool.shutdown();
      pool.awaitTermination(2, TimeUnit.MINUTES);
    }
  }
}
