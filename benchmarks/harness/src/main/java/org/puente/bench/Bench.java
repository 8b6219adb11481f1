package org.puente.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.ServiceProcess;
import org.puente.testing.TestTokenEndpoint;

/**
 * The measurements of benchmarks/RESULTS.md, in one run on one machine. The services and the bare
 * yardstick run pinned to core 0; PostgreSQL, wrk, pgbench and this harness to core 1 (run.sh
 * starts the harness under {@code taskset -c 1}). Ratios are taken within the run, pairs
 * interleaved, medians of {@link #ROUNDS} rounds after a discarded warm-up.
 */
public final class Bench {

  static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  static final int SECONDS = Integer.getInteger("bench.seconds", 10);
  static final int WARMUP = Integer.getInteger("bench.warmup", 30);
  static final String SERVICE_CORE = "0";
  static final String LOAD_CORE = "1";
  static final java.util.Set<String> ONLY =
      java.util.Set.of(System.getProperty("bench.only", "").split(",")).stream()
          .filter(x -> !x.isBlank())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final java.util.Set<String> COMMANDS = new java.util.LinkedHashSet<>();

  private final Results results = new Results();
  private final TestTokenEndpoint issuer = TestTokenEndpoint.shared();
  private final List<ServiceProcess> running = new ArrayList<>();

  /** Every command the run used, once each, for RESULTS.md. */
  static java.util.Set<String> commands() {
    return COMMANDS;
  }

  public static void main(String[] args) throws Exception {
    Bench bench = new Bench();
    int status = 0;
    try {
      bench.run();
    } catch (Exception | AssertionError e) {
      // Said here: the in-process issuer keeps the JVM alive, so an exception would only hang it.
      e.printStackTrace();
      status = 1;
    } finally {
      bench.running.forEach(ServiceProcess::stop);
    }
    System.exit(status);
  }

  private void run() throws Exception {
    Path logs = Path.of("benchmarks", "target", "logs");
    Files.createDirectories(logs);
    System.setProperty("puente.logs", logs.toString());
    pinPostgres();
    if (Boolean.getBoolean("bench.capture-only")) {
      // To write benchmarks/pgbench/create-case.sql after the create path changes.
      SqlCapture.createCase(env("bench_removals")).forEach(System.out::println);
      return;
    }
    if (System.getProperty("bench.profile") != null) {
      profile(System.getProperty("bench.profile"));
      return;
    }
    results.machine(Machine.describe());

    if (wants("startup")) {
      startupAndMemory();
    }
    if (wants("create")) {
      ServiceProcess removals = start("deportation-service", env("bench_removals"));
      ServiceProcess bare = start("benchmarks/bare-service", env("bench_bare"));
      createVersusBare(removals, bare);
      createVersusDatabase(removals);
      stop(bare);
      stop(removals);
    }
    if (wants("gateway") || wants("hotline")) {
      ServiceProcess training = start("training-service", env("bench_training"));
      ServiceProcess removals = start("deportation-service", env("bench_removals"));
      ServiceProcess funding = start("funding-service", env("bench_funding"));
      ServiceProcess gateway = start("gateway", gatewayEnv(training, removals, funding));
      if (wants("gateway")) {
        gatewayOverhead(training, gateway);
      }
      if (wants("hotline")) {
        hotLine(funding);
      }
      stop(gateway);
      stop(training);
      stop(funding);
      stop(removals);
    }
    if (wants("portal")) {
      new PortalLoad(issuer, results, this::env, this::start, this::stop).run();
    }
    if (wants("outbox")) {
      // Direct to funding-service, then through US-DOS's gateway as a partner deployment would.
      ServiceProcess funding = start("funding-service", env("bench_funding"));
      ServiceProcess dos = start("gateway", OutboxLatency.partnerGateway(issuer, funding));
      OutboxLatency outbox = new OutboxLatency(results, funding.url());
      Map<String, String> direct = env("bench_removals");
      direct.put("FUNDING_URL", funding.url());
      ServiceProcess removals = start("deportation-service", direct);
      outbox.delivery(removals);
      stop(removals);
      Map<String, String> federated = env("bench_removals");
      federated.put("PARTNER_FUNDING_URL", dos.url());
      removals = start("deportation-service", federated);
      outbox.planToFunded(removals);
      stop(removals);
      stop(dos);
      stop(funding);
    }
    if (wants("pages")) {
      ServiceProcess removals = start("deportation-service", env("bench_removals"));
      pages(removals);
      stop(removals);
    }

    // A run of some sections only (-Dbench.only=a,b) leaves the committed results alone.
    Path out =
        ONLY.isEmpty()
            ? Path.of("benchmarks")
            : Files.createDirectories(Path.of("benchmarks", "target"));
    Files.writeString(out.resolve("RESULTS.md"), results.markdown());
    Files.writeString(out.resolve("results.svg"), results.chart());
    System.out.println(results.markdown());
  }

  /**
   * Whether a section runs: all of them, unless {@code -Dbench.only} names some (startup, create,
   * gateway, hotline, portal, outbox, pages).
   */
  private static boolean wants(String section) {
    return ONLY.isEmpty() || ONLY.contains(section);
  }

  /**
   * A flight recording of one service under its create load (-Dbench.profile=removals|funding), or
   * of the gateway proxying the gateway section's GET to training-service
   * (-Dbench.profile=gateway), to find where its time goes: benchmarks/target/profile.jfr.
   */
  private void profile(String which) throws Exception {
    if (which.equals("gateway")) {
      ServiceProcess training = start("training-service", env("bench_training"));
      ServiceProcess gateway = start("gateway", gatewayEnv(training, training, training));
      record(
          gateway,
          Wrk.get(
              gateway.url() + "/api/v1/training/courses?limit=20", Users.dhsCoordinator(), 16, 20));
      return;
    }
    String module = which.equals("funding") ? "funding-service" : "deportation-service";
    Map<String, String> env = env(which.equals("funding") ? "bench_funding" : "bench_removals");
    ServiceProcess p = pinned(module, env);
    p.start();
    running.add(p);
    Wrk.Command load;
    if (which.equals("funding")) {
      Funding f = new Funding(p.url());
      long line = f.line(f.agreement("100000000.00"), "50000000.00");
      load = Wrk.obligate(p.url(), Users.dosBudget(), line, "profile", 16, 20);
    } else {
      load = Wrk.post(p.url() + "/api/v1/removals/cases", Users.snmOfficer(), "profile", 16, 20);
    }
    record(p, load);
  }

  /** Runs {@code load} once to warm up, then again with {@code p} recorded. */
  private static void record(ServiceProcess p, Wrk.Command load) throws Exception {
    Wrk.run(load);
    Proc.exec(
        "jcmd",
        String.valueOf(p.pid()),
        "JFR.start",
        "name=bench",
        "settings=profile",
        "filename=" + Path.of("benchmarks", "target", "profile.jfr").toAbsolutePath());
    Wrk.Result r = Wrk.run(load);
    Proc.exec("jcmd", String.valueOf(p.pid()), "JFR.stop", "name=bench");
    System.out.println("profiled at " + r.perSecond() + " req/s");
  }

  // --- start-up time and memory ---

  private void startupAndMemory() throws Exception {
    // The bare yardstick first: each service's start is also given as a multiple of it.
    List<String> services =
        List.of(
            "benchmarks/bare-service",
            "training-service",
            "deportation-service",
            "funding-service",
            "gateway");
    Map<String, ServiceProcess> backends = new LinkedHashMap<>();
    double bare = 0;
    double worstRatio = 0;
    for (String service : services) {
      List<Double> seconds = new ArrayList<>();
      List<Double> rss = new ArrayList<>();
      Map<String, String> env =
          service.equals("gateway") ? gatewayEnv(backends) : env(database(service));
      for (int round = 0; round <= ROUNDS; round++) {
        ServiceProcess p = pinned(service, env);
        p.start();
        // The first start also migrates the schema and makes the start-up cache: discarded.
        if (round > 0) {
          seconds.add(p.readyAfterMillis() / 1000.0);
          rss.add(Proc.rssMb(p.pid()));
        }
        if (round == ROUNDS && !service.equals("benchmarks/bare-service")) {
          // Resident memory after 30 s of load, on its busiest read.
          Wrk.run(Wrk.get(p.url() + readPath(service), bearerFor(service), 8, 30));
          results.add("rss_mb_after_load_" + key(service), Proc.rssMb(p.pid()), "MB", null, false);
          if (service.equals("gateway")) {
            p.stop();
          } else {
            backends.put(service, p);
            running.add(p);
            continue;
          }
        }
        p.stop();
      }
      double startup = Stats.median(seconds);
      if (service.equals("benchmarks/bare-service")) {
        bare = startup;
        results.add("startup_s_bare", startup, "s", null, false);
        results.add("rss_mb_bare", Stats.median(rss), "MB", null, false);
        continue;
      }
      worstRatio = Math.max(worstRatio, startup / bare);
      results.add("startup_s_" + key(service), startup, "s", 3.0, true);
      results.add("rss_mb_" + key(service), Stats.median(rss), "MB", 260.0, true);
    }
    results.add("startup_ratio_to_bare_max", worstRatio, "ratio", 1.3, true);
    for (ServiceProcess p : backends.values()) {
      stop(p);
    }
  }

  private static String readPath(String service) {
    return switch (service) {
      case "training-service" -> "/api/v1/training/courses?limit=20";
      case "deportation-service" -> "/api/v1/removals/operations?limit=20";
      case "funding-service" -> "/api/v1/funding/agreements?limit=20";
      default -> "/api/v1/training/courses?limit=20";
    };
  }

  private static String bearerFor(String service) {
    return switch (service) {
      case "funding-service" -> Users.dosBudget();
      case "deportation-service" -> Users.snmOfficer();
      default -> Users.dhsCoordinator();
    };
  }

  // --- R_bare: a create through the whole service against the bare stack ---

  private void createVersusBare(ServiceProcess removals, ServiceProcess bare) throws Exception {
    String full = removals.url() + "/api/v1/removals/cases";
    String yardstick = bare.url() + "/bare/cases";
    // On one core the JIT takes long to settle: a 30 s warm-up each, discarded.
    Wrk.run(Wrk.post(full, Users.snmOfficer(), "warmup-full", 16, WARMUP));
    Wrk.run(Wrk.post(yardstick, null, "warmup-bare", 16, WARMUP));
    List<Double> ratios = new ArrayList<>();
    List<Double> fullRate = new ArrayList<>();
    List<Double> bareRate = new ArrayList<>();
    List<Double> fullCpu = new ArrayList<>();
    List<Double> bareCpu = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Measured f =
          measure(removals, Wrk.post(full, Users.snmOfficer(), "full-" + round, 16, SECONDS));
      Measured b = measure(bare, Wrk.post(yardstick, null, "bare-" + round, 16, SECONDS));
      fullRate.add(f.perSecond());
      bareRate.add(b.perSecond());
      fullCpu.add(f.cpuMsPerRequest());
      bareCpu.add(b.cpuMsPerRequest());
      ratios.add(f.perSecond() / b.perSecond());
    }
    results.add("create_case_per_s", Stats.median(fullRate), "req/s", null, false);
    results.add("bare_create_per_s", Stats.median(bareRate), "req/s", null, false);
    results.add("R_bare", Stats.median(ratios), "ratio", 0.6, false);
    results.add("cpu_ms_per_create", Stats.median(fullCpu), "ms", null, false);
    results.add("cpu_ms_per_create_bare", Stats.median(bareCpu), "ms", null, false);
  }

  /** A wrk run with the service's CPU time counted from /proc around it. */
  private static Measured measure(ServiceProcess service, Wrk.Command command) throws Exception {
    double before = Proc.cpuMs(service.pid());
    Wrk.Result r = Wrk.run(command);
    double cpu = Proc.cpuMs(service.pid()) - before;
    if (r.errors() > 0) {
      throw new IllegalStateException(r.errors() + " non-2xx answers in " + command);
    }
    return new Measured(r.perSecond(), cpu / Math.max(1, r.requests()));
  }

  record Measured(double perSecond, double cpuMsPerRequest) {}

  // --- R_db: the same SQL straight into PostgreSQL ---

  private void createVersusDatabase(ServiceProcess removals) throws Exception {
    List<String> captured = SqlCapture.createCase(env("bench_removals"));
    results.sql(captured);
    Path script = Path.of("benchmarks", "pgbench", "create-case.sql");
    long statements =
        Files.readAllLines(script).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("--") && !l.startsWith("\\"))
            .filter(l -> !l.equals("begin;") && !l.equals("commit;"))
            .count();
    if (statements != captured.size()) {
      throw new IllegalStateException(
          script + " has " + statements + " statements; a create issues " + captured.size());
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> db = new ArrayList<>();
    for (int round = 0; round <= ROUNDS; round++) {
      Wrk.Result f =
          Wrk.run(
              Wrk.post(
                  removals.url() + "/api/v1/removals/cases",
                  Users.snmOfficer(),
                  "db-" + round,
                  16,
                  SECONDS));
      double tps = PgBench.run("bench_removals", script, 16, SECONDS);
      if (round > 0) {
        ratios.add(f.perSecond() / tps);
        db.add(tps);
      }
    }
    results.add("pgbench_create_case_tps", Stats.median(db), "tx/s", null, false);
    results.add("R_db", Stats.median(ratios), "ratio", null, false);
  }

  // --- the gateway's cost ---

  private void gatewayOverhead(ServiceProcess training, ServiceProcess gateway) throws Exception {
    String direct = training.url() + "/api/v1/training/courses?limit=20";
    String through = gateway.url() + "/api/v1/training/courses?limit=20";
    String token = Users.dhsCoordinator();
    Wrk.run(Wrk.get(direct, token, 16, WARMUP));
    Wrk.run(Wrk.get(through, token, 16, WARMUP));
    List<Double> peakRatios = new ArrayList<>();
    List<Double> directPeaks = new ArrayList<>();
    List<Double> gatewayPeaks = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      double d = Wrk.run(Wrk.get(direct, token, 16, SECONDS)).perSecond();
      double g = Wrk.run(Wrk.get(through, token, 16, SECONDS)).perSecond();
      directPeaks.add(d);
      gatewayPeaks.add(g);
      peakRatios.add(g / d);
    }
    results.add("direct_get_per_s", Stats.median(directPeaks), "req/s", null, false);
    results.add("R_gw", Stats.median(peakRatios), "ratio", 0.7, false);

    // Below saturation on both paths: half the lower peak (the gateway's), as an open-loop
    // fixed rate, so the added latency is the gateway's work and not a queue.
    double rate = Math.min(Stats.median(directPeaks), Stats.median(gatewayPeaks)) / 2;
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    FixedRate.run(direct, token, rate, Duration.ofSeconds(5)); // warm-up
    FixedRate.run(through, token, rate, Duration.ofSeconds(5));
    for (int round = 1; round <= ROUNDS; round++) {
      FixedRate.Latency d = FixedRate.run(direct, token, rate, Duration.ofSeconds(SECONDS));
      FixedRate.Latency g = FixedRate.run(through, token, rate, Duration.ofSeconds(SECONDS));
      p50.add(g.p50Ms() - d.p50Ms());
      p99.add(g.p99Ms() - d.p99Ms());
    }
    results.add("gw_fixed_rate_per_s", rate, "req/s", null, false);
    results.add("gw_added_p50_ms", Stats.median(p50), "ms", 1.0, true);
    results.add("gw_added_p99_ms", Stats.median(p99), "ms", 3.0, true);
  }

  // --- concurrent obligations on one budget line ---

  private void hotLine(ServiceProcess funding) throws Exception {
    Funding f = new Funding(funding.url());
    long agreement = f.agreement("100000000.00");
    long line = f.line(agreement, "50000000.00");
    Wrk.run(Wrk.obligate(funding.url(), Users.dosBudget(), line, "hot-warmup", 16, WARMUP));
    List<Double> rates = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Wrk.Result r =
          Wrk.run(
              Wrk.obligate(funding.url(), Users.dosBudget(), line, "hot-" + round, 16, SECONDS));
      if (r.errors() > 0) {
        throw new IllegalStateException(r.errors() + " refused obligations on a line with funds");
      }
      rates.add(r.perSecond());
    }
    f.checkBalances(line);
    // A line that runs dry mid-run: exactly its allotment is obligated, not a cent more.
    long dry = f.line(agreement, "500.00");
    Wrk.run(Wrk.obligate(funding.url(), Users.dosBudget(), dry, "dry", 16, 5));
    String overspend = f.checkBalances(dry);
    results.add("hot_line_obligations_per_s", Stats.median(rates), "obligations/s", 500.0, false);
    results.note(
        "hot_line_obligations_per_s: after the runs the line's obligated amount equals the sum of"
            + " its obligations, and a 500.00 line driven dry by the same load obligated "
            + overspend);
  }

  // --- the cost of a page as the table grows ---

  private void pages(ServiceProcess removals) throws Exception {
    String token = Users.dhsOfficer();
    String first = removals.url() + "/api/v1/removals/cases?limit=50";
    String filtered = removals.url() + "/api/v1/removals/cases?limit=50&status=OPEN&nationality=VE";
    Cases.fill("bench_removals", 10_000);
    // A fresh process: warmed up as every section is, so the first size is not timed cold.
    Wrk.run(Wrk.get(first, token, 1, WARMUP));
    Wrk.run(Wrk.get(filtered, token, 1, WARMUP));
    double first10k = Stats.median(pageLatency(first, token));
    double filtered10k = Stats.median(pageLatency(filtered, token));
    Cases.fill("bench_removals", 1_000_000);
    Wrk.run(Wrk.get(first, token, 1, 5));
    double first1m = Stats.median(pageLatency(first, token));
    double filtered1m = Stats.median(pageLatency(filtered, token));
    results.add("page_first_ms_10k", first10k, "ms", null, false);
    results.add("page_first_ms_1m", first1m, "ms", null, false);
    results.add("page_filtered_ms_10k", filtered10k, "ms", null, false);
    results.add("page_filtered_ms_1m", filtered1m, "ms", null, false);
    results.add(
        "page_ratio_1m_10k",
        Math.max(first1m / first10k, filtered1m / filtered10k),
        "ratio",
        1.5,
        true);
  }

  private static List<Double> pageLatency(String url, String token) throws Exception {
    List<Double> p50 = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      p50.add(Wrk.run(Wrk.get(url, token, 1, 3)).p50Ms());
    }
    return p50;
  }

  // --- plumbing ---

  /**
   * A service on the services' core, started as ./run.sh starts it: on the JDK run.sh found
   * (bench.java-home) with its start-up cache.
   */
  static ServiceProcess pinned(String module, Map<String, String> env) {
    return new ServiceProcess(module, env)
        .under("taskset", "-c", SERVICE_CORE)
        .asRunShStartsIt(
            Path.of(System.getProperty("bench.java-home", System.getProperty("java.home"))));
  }

  private ServiceProcess start(String module, Map<String, String> env) {
    ServiceProcess p = pinned(module, env);
    p.start();
    running.add(p);
    return p;
  }

  private void stop(ServiceProcess p) {
    p.stop();
    running.remove(p);
  }

  private static String database(String service) {
    return switch (service) {
      case "training-service" -> "bench_training";
      case "deportation-service" -> "bench_removals";
      case "funding-service" -> "bench_funding";
      case "benchmarks/bare-service" -> "bench_bare";
      default -> throw new IllegalArgumentException(service);
    };
  }

  private static String key(String service) {
    return service.replace("-service", "");
  }

  Map<String, String> env(String database) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("DB_URL", EmbeddedPostgresResource.database(database));
    env.put("DB_USER", "postgres");
    env.put("DB_PASSWORD", "postgres");
    env.putAll(issuer.trustConfig());
    env.putAll(issuer.clientConfig("deportation-service", "PA-SNM"));
    env.put("TRAINING_URL", "http://127.0.0.1:1");
    env.put("FUNDING_URL", "http://127.0.0.1:1");
    // Quiet logs: the benchmark measures the work, not the console.
    env.put("quarkus.log.level", "WARN");
    return env;
  }

  private Map<String, String> gatewayEnv(Map<String, ServiceProcess> backends) {
    return gatewayEnv(
        backends.get("training-service"),
        backends.get("deportation-service"),
        backends.get("funding-service"));
  }

  private Map<String, String> gatewayEnv(
      ServiceProcess training, ServiceProcess removals, ServiceProcess funding) {
    Map<String, String> env = issuer.gatewayConfig("PA-SNM");
    env.put("OIDC_STATE_SECRET", "benchmark-only-state-secret-of-32-chars-or-more");
    env.put("TRAINING_URL", training.url());
    env.put("REMOVALS_URL", removals.url());
    env.put("FUNDING_URL", funding.url());
    // The rate limits protect a deployment; here they would only measure themselves.
    env.put("puente.gateway.routes.training.per-user.burst", "1000000");
    env.put("puente.gateway.routes.training.per-user.per-second", "1000000");
    env.put("puente.gateway.routes.training.per-address.burst", "1000000");
    env.put("puente.gateway.routes.training.per-address.per-second", "1000000");
    env.put("quarkus.log.level", "WARN");
    return env;
  }

  /** PostgreSQL (the postmaster and every backend it forks) on the load core. */
  private static void pinPostgres() throws Exception {
    EmbeddedPostgresResource.server();
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl("postgres"), "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show data_directory")) {
      rs.next();
      String pid = Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).strip();
      Proc.exec("taskset", "-a", "-p", "-c", LOAD_CORE, pid);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
