package org.puente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.puente.common.money.Money;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.testing.ApiJson;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.ServiceProcess;
import org.puente.testing.TestTokenEndpoint;
import org.puente.testing.TestTokens;

/**
 * How long a request written to the outbox waits before its partner has answered it. A few
 * supervisors plan charters on a funded budget line, each waiting for its operation to read FUNDED
 * and then a moment ({@link #THINK}) before planning the next (a moderate, closed-loop load):
 * deportation-service queues the obligation request in the planning transaction and its outbox
 * sends it to funding-service. The warm-up plans without the pause, and for twice the other
 * sections' warm-up (three JVMs compile on the one core), so that the services' code is compiled by
 * the time the rounds measure it.
 *
 * <p>{@link #delivery}: deportation-service calls funding-service directly; the figures are read
 * from the outbox rows of the messages queued in each round, from their created time (the planning
 * transaction) to their delivered time (funding-service's answer). {@link #planToFunded}:
 * funding-service is reached through US-DOS's gateway, as a deployment reaches a partner's service
 * (PARTNER_FUNDING_URL), and the time is what the planner sees: from sending the plan to reading
 * FUNDED.
 */
final class OutboxLatency {

  /** Planners at once: a few, as in an office, not a load test. */
  private static final int PLANNERS = 4;

  /**
   * How often a planner reads its operation while waiting for FUNDED: often enough for the figure,
   * seldom enough that the reads do not take the services' core from the work measured.
   */
  private static final Duration POLL = Duration.ofMillis(25);

  /**
   * A planner's pause between seeing one charter funded and planning the next. Without it the four
   * planners and their reads keep the services' one core busy, and the figure is the queue in front
   * of that core, not the outbox's wait.
   */
  private static final Duration THINK = Duration.ofSeconds(1);

  /** A plan not funded within this is a failed run, not a slow figure. */
  private static final Duration FUNDED_WITHIN = Duration.ofSeconds(30);

  private static final String OPERATIONS = "/api/v1/removals/operations";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SUPERVISOR =
      TestTokens.user("bench-snm-supervisor").agency("PA-SNM").roles("supervisor").token();

  private final Results results;
  private final long line;
  private final HttpClient http = HttpClient.newHttpClient();

  /** A budget line at {@code funding} with funds for every run, on an agreement with PA-SNM. */
  OutboxLatency(Results results, String funding) throws Exception {
    this.results = results;
    Funding f = new Funding(funding);
    this.line = f.line(f.agreement("100000000.00"), "50000000.00");
  }

  /**
   * US-DOS's gateway in front of {@code funding}, as a partner reaches it; rate limits off for the
   * funding route (deportation-service is one caller, and the limits would only measure
   * themselves).
   */
  static Map<String, String> partnerGateway(TestTokenEndpoint issuer, ServiceProcess funding) {
    Map<String, String> env = issuer.gatewayConfig("US-DOS");
    env.put("OIDC_STATE_SECRET", "benchmark-only-state-secret-of-32-chars-or-more");
    env.put("FUNDING_URL", funding.url());
    env.put("puente.gateway.routes.funding.per-user.burst", "1000000");
    env.put("puente.gateway.routes.funding.per-user.per-second", "1000000");
    env.put("puente.gateway.routes.funding.per-address.burst", "1000000");
    env.put("puente.gateway.routes.funding.per-address.per-second", "1000000");
    env.put("quarkus.log.level", "WARN");
    return env;
  }

  /** outbox_delivery_p50_ms and _p99_ms, with deportation-service calling funding-service. */
  void delivery(ServiceProcess removals) throws Exception {
    plan(removals, "outbox-warmup", 2 * Bench.WARMUP, Duration.ZERO);
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    long messages = 0;
    for (int round = 1; round <= Bench.ROUNDS; round++) {
      Instant from = Instant.now();
      plan(removals, "outbox-" + round, Bench.SECONDS, THINK);
      double[] waits = deliveryMillis(from, Instant.now());
      p50.add(Stats.quantile(waits, 0.5));
      p99.add(Stats.quantile(waits, 0.99));
      messages += waits.length;
    }
    results.add("outbox_delivery_p50_ms", Stats.median(p50), "ms", 50.0, true);
    results.add("outbox_delivery_p99_ms", Stats.median(p99), "ms", 250.0, true);
    results.note(
        "outbox_delivery_*: "
            + PLANNERS
            + " supervisors each planning a charter, waiting for it to read FUNDED and "
            + THINK.toMillis()
            + " ms more before the next; from the"
            + " outbox message's created time to funding-service's answer (its delivered time), "
            + messages
            + " messages in "
            + Bench.ROUNDS
            + " rounds, medians of the rounds' quantiles");
    Bench.commands()
        .add(
            "outbox (harness): "
                + PLANNERS
                + " planners for "
                + Bench.SECONDS
                + " s to "
                + removals.url()
                + OPERATIONS);
  }

  /** plan_to_funded_p50_ms, with funding-service reached through US-DOS's gateway. */
  void planToFunded(ServiceProcess removals) throws Exception {
    plan(removals, "federated-warmup", 2 * Bench.WARMUP, Duration.ZERO);
    List<Double> p50 = new ArrayList<>();
    for (int round = 1; round <= Bench.ROUNDS; round++) {
      double[] waits = plan(removals, "federated-" + round, Bench.SECONDS, THINK);
      p50.add(Stats.quantile(waits, 0.5));
    }
    results.add("plan_to_funded_p50_ms", Stats.median(p50), "ms", null, false);
    results.note(
        "plan_to_funded_p50_ms: from sending the plan of a charter on a budget line to reading it"
            + " FUNDED (read every "
            + POLL.toMillis()
            + " ms), the same planners and pause, deportation-service reaching funding-service"
            + " through US-DOS's gateway"
            + " (PARTNER_FUNDING_URL)");
  }

  /**
   * {@link #PLANNERS} supervisors plan operations for {@code seconds}, each waiting for its
   * operation to read FUNDED and then {@code think} before the next; answers each plan's time to
   * FUNDED, sorted.
   */
  private double[] plan(ServiceProcess removals, String run, int seconds, Duration think)
      throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ConcurrentLinkedQueue<Double> waits = new ConcurrentLinkedQueue<>();
    ExecutorService planners = Executors.newFixedThreadPool(PLANNERS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int p = 0; p < PLANNERS; p++) {
        String planner = run + "-" + p;
        running.add(
            planners.submit(
                () -> {
                  for (int n = 0; System.nanoTime() < until; n++) {
                    waits.add(planUntilFunded(removals.url(), planner + "-" + n));
                    Thread.sleep(think.toMillis());
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      planners.shutdownNow();
    }
    return waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  /** Plans one charter and waits for it to read FUNDED; answers the milliseconds taken. */
  private double planUntilFunded(String url, String key) throws Exception {
    OperationPlanRequest plan =
        new OperationPlanRequest(
            OperationKind.CHARTER,
            "CO",
            "BOG",
            Instant.now().plus(7, ChronoUnit.DAYS),
            10,
            null,
            Money.usd("1000.00"),
            line);
    long start = System.nanoTime();
    HttpResponse<String> planned =
        http.send(
            HttpRequest.newBuilder(URI.create(url + OPERATIONS))
                .header("Authorization", "Bearer " + SUPERVISOR)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key + "-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(ApiJson.write(plan)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (planned.statusCode() != 201) {
      throw new IllegalStateException(
          "planning answered " + planned.statusCode() + ": " + planned.body());
    }
    long id = JSON.readTree(planned.body()).path("id").asLong();
    HttpRequest read =
        HttpRequest.newBuilder(URI.create(url + OPERATIONS + "/" + id))
            .header("Authorization", "Bearer " + SUPERVISOR)
            .build();
    long deadline = start + FUNDED_WITHIN.toNanos();
    while (true) {
      HttpResponse<String> r = http.send(read, HttpResponse.BodyHandlers.ofString());
      String status = JSON.readTree(r.body()).path("status").asText();
      if (status.equals("FUNDED")) {
        return (System.nanoTime() - start) / 1_000_000.0;
      }
      if (!status.equals("FUNDING_PENDING") || System.nanoTime() > deadline) {
        throw new IllegalStateException("operation " + id + " reads " + r.body());
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /**
   * The obligation requests queued in [{@code from}, {@code to}): each one's wait from created to
   * delivered, in milliseconds, sorted. Every one of them must have been delivered (the planners
   * saw their operations funded).
   */
  private static double[] deliveryMillis(Instant from, Instant to) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl("bench_removals"), "postgres", "postgres");
        PreparedStatement s =
            c.prepareStatement(
                "select extract(epoch from delivered_at - created_at) * 1000 from outbox_message"
                    + " where topic = 'operation.obligate' and created_at >= ? and created_at < ?"
                    + " order by 1 nulls last")) {
      s.setTimestamp(1, Timestamp.from(from));
      s.setTimestamp(2, Timestamp.from(to));
      List<Double> waits = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          double wait = rs.getDouble(1);
          if (rs.wasNull()) {
            throw new IllegalStateException("an obligation request queued in the run is pending");
          }
          waits.add(wait);
        }
      }
      if (waits.isEmpty()) {
        throw new IllegalStateException("no obligation request was queued in the run");
      }
      return waits.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }
}
