package org.puente.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.puente.testing.ServiceProcess;
import org.puente.testing.TestTokenEndpoint;
import org.puente.testing.TestTokens;

/**
 * {@code portal_dashboard_p95_ms}: the dashboard under light load, eight people of PA-SNM (four
 * supervisors, four case officers, the roles with the fullest dashboard), each signed in with their
 * own session through the portal's authorization-code flow, reading each dashboard for a moment
 * ({@link #THINK_MIN_MS} to {@link #THINK_MAX_MS}) before asking for it again. The warm-up asks
 * without pausing, so that the six processes' code is compiled by the time the rounds measure it,
 * and is twice as long as the other sections' (six JVMs compile on the one core). Laid out as three
 * deployments (as local-stack runs them): PA-SNM's gateway in front of deportation-service, reading
 * training and funding at US-DHS's and US-DOS's gateways, so every partner read crosses the
 * partner's gateway as it would in production.
 */
final class PortalLoad {

  /** How many people use the portal at once. */
  static final int USERS = 8;

  /** How many cases and budget lines stand behind the dashboard. */
  static final int CASES = 400;

  /**
   * A person's pause between one dashboard and the next, drawn evenly from this range (so that the
   * eight do not fall into step). Without it, eight people asking as fast as pages come keep the
   * services' one core busy, and the figure is the queue in front of it, not a page's time.
   */
  static final int THINK_MIN_MS = 1000;

  static final int THINK_MAX_MS = 3000;

  static final int AGREEMENTS = 6;
  static final int LINES_PER_AGREEMENT = 5;

  private final TestTokenEndpoint issuer;
  private final Results results;
  private final Function<String, Map<String, String>> serviceEnv;
  private final Starter start;
  private final Consumer<ServiceProcess> stop;

  /** Starts a module with an environment (pinned to the service core, stopped on exit). */
  interface Starter {
    ServiceProcess start(String module, Map<String, String> env);
  }

  PortalLoad(
      TestTokenEndpoint issuer,
      Results results,
      Function<String, Map<String, String>> serviceEnv,
      Starter start,
      Consumer<ServiceProcess> stop) {
    this.issuer = issuer;
    this.results = results;
    this.serviceEnv = serviceEnv;
    this.start = start;
    this.stop = stop;
  }

  void run() throws Exception {
    ServiceProcess removals =
        start.start("deportation-service", serviceEnv.apply("bench_removals"));
    ServiceProcess training = start.start("training-service", serviceEnv.apply("bench_training"));
    ServiceProcess funding = start.start("funding-service", serviceEnv.apply("bench_funding"));
    Map<String, String> dhsEnv = gatewayEnv("US-DHS");
    dhsEnv.put("TRAINING_URL", training.url());
    ServiceProcess dhs = start.start("gateway", dhsEnv);
    Map<String, String> dosEnv = gatewayEnv("US-DOS");
    dosEnv.put("FUNDING_URL", funding.url());
    ServiceProcess dos = start.start("gateway", dosEnv);
    Map<String, String> snmEnv = gatewayEnv("PA-SNM");
    snmEnv.put("REMOVALS_URL", removals.url());
    snmEnv.put("PARTNER_TRAINING_URL", dhs.url());
    snmEnv.put("PARTNER_FUNDING_URL", dos.url());
    ServiceProcess snm = start.start("gateway", snmEnv);
    try {
      fill(funding);
      Map<String, ServiceProcess> parts = new java.util.LinkedHashMap<>();
      parts.put("snm_gateway", snm);
      parts.put("dhs_gateway", dhs);
      parts.put("dos_gateway", dos);
      parts.put("removals", removals);
      parts.put("training", training);
      parts.put("funding", funding);
      measure(URI.create(snm.url() + "/"), parts);
    } catch (Exception | Error e) {
      // Said here: a run that fails leaves the harness waiting on the issuer's thread.
      e.printStackTrace();
      throw e;
    } finally {
      for (ServiceProcess p : List.of(snm, dos, dhs, funding, training, removals)) {
        stop.accept(p);
      }
    }
  }

  /** A deployment's gateway: its portal's login at its realm, the three realms trusted. */
  private Map<String, String> gatewayEnv(String agency) {
    Map<String, String> env = issuer.gatewayConfig(agency);
    env.put("OIDC_STATE_SECRET", "benchmark-only-state-secret-of-32-chars-or-more");
    // The rate limits protect a deployment from one caller; eight people on one address asking as
    // fast as pages come would only measure the limits.
    for (String limit : List.of("per-user", "per-address")) {
      env.put("puente.portal." + limit + ".burst", "1000000");
      env.put("puente.portal." + limit + ".per-second", "1000000");
      for (String route : List.of("training", "removals", "funding")) {
        env.put("puente.gateway.routes." + route + "." + limit + ".burst", "1000000");
        env.put("puente.gateway.routes." + route + "." + limit + ".per-second", "1000000");
      }
    }
    env.put("quarkus.log.level", "WARN");
    return env;
  }

  /** A real page: hundreds of cases in every status, agreements and their budget lines. */
  private void fill(ServiceProcess funding) throws Exception {
    Cases.fill("bench_removals", CASES);
    Funding f = new Funding(funding.url());
    for (int a = 0; a < AGREEMENTS; a++) {
      long agreement = f.agreement("10000000.00");
      for (int l = 0; l < LINES_PER_AGREEMENT; l++) {
        f.line(agreement, (100000 * (l + 1)) + ".00");
      }
    }
    results.note(
        "portal_dashboard_p95_ms: PA-SNM's gateway in front of deportation-service, training and"
            + " funding read through US-DHS's and US-DOS's gateways; "
            + USERS
            + " people (4 supervisors, 4 case officers) each with a portal session from the"
            + " authorization-code flow, each reading a dashboard for "
            + THINK_MIN_MS / 1000
            + " to "
            + THINK_MAX_MS / 1000
            + " s before asking again;"
            + " at least "
            + CASES
            + " cases, "
            + AGREEMENTS * LINES_PER_AGREEMENT
            + " budget lines behind it; the portal's and routes' rate limits lifted.");
  }

  /**
   * The rounds, with each part's CPU time per page (from /proc, as the create figures), so that a
   * slow dashboard says which process it waits on.
   */
  private void measure(URI dashboard, Map<String, ServiceProcess> parts) throws Exception {
    List<HttpClient> sessions = new ArrayList<>();
    for (int i = 1; i <= USERS; i++) {
      String username = "bench-snm-" + (i % 2 == 0 ? "supervisor-" : "officer-") + i;
      String role = i % 2 == 0 ? "supervisor" : "case-officer";
      long officerId = 100 + i;
      issuer.person(
          username,
          () -> TestTokens.user(username).agency("PA-SNM").roles(role).officerId(officerId));
      sessions.add(signIn(dashboard, username));
    }
    ExecutorService people = Executors.newFixedThreadPool(USERS);
    try {
      // Cold, the partners' gateways may miss the portal's 3 s wait for a partner: the warm-up
      // takes any dashboard, the rounds only whole ones.
      load(people, sessions, dashboard, 2 * Bench.WARMUP, false, false);
      List<Double> p95 = new ArrayList<>();
      List<Double> p50 = new ArrayList<>();
      List<Double> rates = new ArrayList<>();
      Map<String, List<Double>> cpu = new java.util.LinkedHashMap<>();
      for (int round = 1; round <= Bench.ROUNDS; round++) {
        Map<String, Double> before = new java.util.HashMap<>();
        for (var part : parts.entrySet()) {
          before.put(part.getKey(), Proc.cpuMs(part.getValue().pid()));
        }
        double[] millis = load(people, sessions, dashboard, Bench.SECONDS, true, true);
        for (var part : parts.entrySet()) {
          double used = Proc.cpuMs(part.getValue().pid()) - before.get(part.getKey());
          cpu.computeIfAbsent(part.getKey(), k -> new ArrayList<>())
              .add(used / Math.max(1, millis.length));
        }
        p95.add(Stats.quantile(millis, 0.95));
        p50.add(Stats.quantile(millis, 0.50));
        rates.add(millis.length / (double) Bench.SECONDS);
      }
      results.add("portal_dashboard_p50_ms", Stats.median(p50), "ms", null, false);
      cpu.forEach(
          (part, ms) ->
              results.add("portal_cpu_ms_per_page_" + part, Stats.median(ms), "ms", null, false));
      results.add("portal_dashboard_per_s", Stats.median(rates), "pages/s", null, false);
      results.add("portal_dashboard_p95_ms", Stats.median(p95), "ms", 150.0, true);
    } finally {
      people.shutdownNow();
    }
  }

  /**
   * Every person asking for the dashboard in a closed loop for {@code seconds}, pausing between
   * pages if {@code think}: each page's time, sorted. A page that is not a dashboard fails the run,
   * and so does one with a panel blank (a service found away) if {@code whole}.
   */
  private static double[] load(
      ExecutorService people,
      List<HttpClient> sessions,
      URI dashboard,
      int seconds,
      boolean whole,
      boolean think)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<List<Double>>> running = new ArrayList<>();
    for (int person = 0; person < sessions.size(); person++) {
      HttpClient session = sessions.get(person);
      // Seeded: every run draws the same pauses.
      Random pauses = new Random(person);
      running.add(
          people.submit(
              () -> {
                List<Double> times = new ArrayList<>();
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  HttpResponse<String> page = get(session, dashboard);
                  times.add((System.nanoTime() - start) / 1e6);
                  dashboard(page, whole);
                  if (think) {
                    Thread.sleep(pauses.nextInt(THINK_MIN_MS, THINK_MAX_MS + 1));
                  }
                }
                return times;
              }));
    }
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> f : running) {
      all.addAll(f.get());
    }
    return all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static void dashboard(HttpResponse<String> page, boolean whole) {
    if (page.statusCode() != 200
        || !page.body().contains("id=\"chart-cases\"")
        || (whole && page.body().contains("data-unavailable"))) {
      throw new IllegalStateException(
          "not a whole dashboard: " + page.statusCode() + "\n" + page.body());
    }
  }

  /**
   * A portal session as a browser gets one: the portal sends the person to their realm, the realm
   * (told who signs in by {@code login_hint}, where Keycloak would show its form) sends them back
   * with a code, and the portal exchanges it and opens the session.
   */
  private static HttpClient signIn(URI dashboard, String username) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> toRealm = get(browser, dashboard);
    URI login = URI.create(location(toRealm) + "&login_hint=" + username);
    HttpResponse<String> back = get(browser, login);
    HttpResponse<String> session = get(browser, URI.create(location(back)));
    if (session.statusCode() == 302) {
      session = get(browser, dashboard.resolve(location(session)));
    }
    dashboard(session, false);
    return browser;
  }

  private static String location(HttpResponse<String> r) {
    if (r.statusCode() != 302) {
      throw new IllegalStateException(
          r.request().uri() + " answered " + r.statusCode() + ", not a redirect: " + r.body());
    }
    return r.headers().firstValue("Location").orElseThrow();
  }

  private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
