package org.puente.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts three sovereign deployments on 127.0.0.1 with nothing but a JDK, one per agency, as each
 * agency would run its own: PA-SNM (deportation-service and its gateway on 8080), US-DHS
 * (training-service, gateway 8090) and US-DOS (funding-service, gateway 8100). They share only the
 * machine: one Keycloak holds the three agencies' realms (data under {@code .run/keycloak}) and one
 * embedded PostgreSQL holds each service's own database (data under {@code .run/postgres}). Each
 * part runs from its jar in the prod profile, configured by environment variables exactly as
 * Kubernetes configures it; a deployment reaches a service it does not run only through the owning
 * agency's gateway. Ctrl-C stops everything it started.
 *
 * <p>One part can be stopped and started again while the rest runs (a partner away), by writing
 * {@code stop} or {@code start} to {@code .run/control/<part>}: what the end-to-end tests do.
 */
public final class LocalStack {

  static final int POSTGRES_PORT = 15432;
  static final int KEYCLOAK_PORT = 8180;
  static final String KEYCLOAK = "http://127.0.0.1:" + KEYCLOAK_PORT;

  /** The realms' default secret for the gateways' client: for a laptop only. */
  static final String GATEWAY_SECRET = "local-dev-only-gateway-secret-change-me";

  /** The services' client secret in the local realms (client credentials, for background calls). */
  static final String SERVICE_SECRET = "local-dev-only-service-secret-change-me";

  /**
   * Heaps small enough for three gateways, three services and Keycloak on one laptop; each starts
   * small and grows as the part needs (resident memory is taken when used, not up front).
   */
  static final String GATEWAY_HEAP = "-Xmx192m";

  static final String SERVICE_HEAP = "-Xmx256m";

  static final String INITIAL_HEAP = "-Xms16m";

  static final String KEYCLOAK_HEAP = "-Xms64m -Xmx512m";

  /**
   * How long a part may take to start: Keycloak builds itself on its first start, and seven JVMs
   * starting together on two busy cores take minutes.
   */
  static final Duration START_LIMIT = Duration.ofSeconds(420);

  /** Marks a run directory laid out for the three deployments (realms per agency). */
  private static final String LAYOUT = "three-deployments";

  /**
   * One agency's deployment: its realm, its gateway (with the portal) and the one service it owns
   * ({@code kind} is the service's API prefix and the name of its URL variables).
   */
  record Deployment(
      String agency,
      String realm,
      String userPrefix,
      int gatewayPort,
      String portalZone,
      String module,
      int servicePort,
      String database,
      String kind) {

    String issuer() {
      return KEYCLOAK + "/realms/" + realm;
    }

    String gateway() {
      return "http://127.0.0.1:" + gatewayPort;
    }

    /** The service's port in live coding (its dev profile), apart from the stack's: 18081... */
    int devPort() {
      return servicePort + 10000;
    }

    String gatewayPart() {
      return realm + "-gateway";
    }

    /** TRUST_PA_SNM_ISSUER and the like. */
    String trustVariable() {
      return "TRUST_" + agency.replace('-', '_') + "_ISSUER";
    }
  }

  static final List<Deployment> DEPLOYMENTS =
      List.of(
          new Deployment(
              "PA-SNM",
              "pa-snm",
              "snm-",
              8080,
              "America/Panama",
              "deportation-service",
              8082,
              "removals",
              "removals"),
          new Deployment(
              "US-DHS",
              "us-dhs",
              "dhs-",
              8090,
              "America/New_York",
              "training-service",
              8081,
              "training",
              "training"),
          new Deployment(
              "US-DOS",
              "us-dos",
              "dos-",
              8100,
              "America/New_York",
              "funding-service",
              8083,
              "funding",
              "funding"));

  /** The deployment whose realm signs a demo user in: by the user's prefix (snm-, dhs-, dos-). */
  static Deployment deploymentOf(String user) {
    return DEPLOYMENTS.stream()
        .filter(d -> user.startsWith(d.userPrefix()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no agency for user " + user));
  }

  /** A process this stack runs: a service or a gateway, from its module's jar. */
  static final class Part {
    final String name;
    final String module;
    final int port;
    final String heap;
    final Map<String, String> env;
    Process process;
    boolean stopped;

    Part(String name, String module, int port, String heap, Map<String, String> env) {
      this.name = name;
      this.module = module;
      this.port = port;
      this.heap = heap;
      this.env = env;
    }

    Path jar(Path root) {
      return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    boolean isGateway() {
      return module.equals("gateway");
    }
  }

  static final List<String> DEMO_USERS =
      List.of(
          "snm-officer      case officer (certified screener, officer 1)",
          "snm-supervisor   supervisor (certified escort, officer 2)",
          "snm-coordinator  training coordinator (nominates SNM officers)",
          "snm-auditor      auditor (disclosure log, change history)",
          "snm-monitor      monitor (named on the demo charter)",
          "dhs-coordinator  training coordinator (the provider: courses, approvals, certificates)",
          "dhs-advisor      advisor (reads SNM cases under a disclosure grant)",
          "dhs-auditor      auditor",
          "dhs-monitor      monitor (not named on any flight: sees none)",
          "dos-budget       funding officer (agreements, budget lines)",
          "dos-certifier    certifying officer (approves payments)",
          "dos-auditor      auditor (ledger)");

  private final Path root;
  private final Path run;
  private final Map<String, Part> parts = new LinkedHashMap<>();
  private Process keycloak;
  private EmbeddedPostgres postgres;
  private volatile boolean stopping;

  LocalStack(Path root) {
    this.root = root;
    // PUENTE_RUN_DIR lets the end-to-end tests keep their stack apart from a developer's.
    String dir = System.getenv("PUENTE_RUN_DIR");
    this.run = dir == null || dir.isBlank() ? root.resolve(".run") : Path.of(dir).toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    // ./run.sh holds the usage text (so --help answers on a clean clone, before any build) and
    // passes only the options it knows.
    Set<String> flags = Set.of(args);
    for (String flag : flags) {
      if (!Set.of("--reset", "--infra").contains(flag)) {
        fail("unknown option " + flag + "; ./run.sh --help lists them");
      }
    }
    LocalStack stack = new LocalStack(Path.of("").toAbsolutePath());
    if (flags.contains("--reset")) {
      stack.reset();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
    if (flags.contains("--infra")) {
      stack.startInfra();
    } else {
      stack.start();
    }
    stack.watch();
  }

  /**
   * Deletes everything under the run directory (databases, Keycloak's data, secrets, logs) but
   * Keycloak's program, which it built for this machine on its first start (minutes on a busy one):
   * a reset starts from a fresh Keycloak without building it again.
   */
  void reset() throws IOException {
    if (Files.isDirectory(run)) {
      try (Stream<Path> entries = Files.list(run)) {
        for (Path entry : entries.toList()) {
          if (!entry.getFileName().toString().equals("keycloak")) {
            deleteRecursively(entry);
          }
        }
      }
      deleteRecursively(run.resolve("keycloak/data"));
    }
    step("reset", "deleted " + display(run) + " (Keycloak's data too, not its built program)");
  }

  /**
   * Only what a service in live coding ({@code ./mvnw quarkus:dev -pl <service>}) needs: Keycloak
   * with the three realms and PostgreSQL with the dev databases ({@code training_dev} and the
   * like), which the services' dev profile names, on ports apart from the stack's (1808x).
   */
  void startInfra() throws Exception {
    Instant began = Instant.now();
    checkLayout();
    checkPorts(List.of(POSTGRES_PORT, KEYCLOAK_PORT, KEYCLOAK_PORT + 1000));
    Files.createDirectories(run.resolve("logs"));
    Files.createDirectories(run.resolve("control"));
    clearControl();
    startKeycloak(keycloakJava(), realms());
    startPostgres();
    for (Deployment d : DEPLOYMENTS) {
      awaitReady(
          "keycloak",
          URI.create(d.issuer() + "/.well-known/openid-configuration"),
          "realm " + d.realm() + " ready",
          "keycloak");
    }
    System.out.printf(
        "%nPostgreSQL and Keycloak are ready in %.1f s, for live coding:%n%n",
        Duration.between(began, Instant.now()).toMillis() / 1000.0);
    for (Deployment d : DEPLOYMENTS) {
      System.out.printf(
          "  ./mvnw quarkus:dev -pl %-19s  http://127.0.0.1:%d, database %s_dev, realm %s%n",
          d.module(), d.devPort(), d.database(), d.realm());
    }
    System.out.printf(
        "%n  keycloak        %s/admin  logs: %s%n",
        KEYCLOAK, display(run.resolve("logs/keycloak.log")));
    System.out.printf(
        "  postgresql      127.0.0.1:%d (user postgres, password postgres); data in %s%n",
        POSTGRES_PORT, display(run.resolve("postgres")));
    System.out.println(
        "\nA token: curl -s -d client_id=puente-cli -d grant_type=password -d username=dhs-coordinator"
            + " -d password=demo "
            + deploymentOf("dhs-").issuer()
            + "/protocol/openid-connect/token\n\nCtrl-C stops both.");
  }

  /** Keycloak's JDK, which ./run.sh found (21 or newer). */
  private static Path keycloakJava() {
    String kcJava = System.getenv("KEYCLOAK_JAVA_HOME");
    if (kcJava == null || kcJava.isBlank()) {
      fail(
          "Keycloak needs a JDK 21 or newer. Install one (tools/preflight.sh run says how)"
              + " or set JAVA_HOME to it, then run ./run.sh again.");
    }
    return Path.of(kcJava);
  }

  /** The three agencies' realm files under keycloak/. */
  private String[] realms() {
    String[] realms =
        DEPLOYMENTS.stream().map(d -> d.realm() + "-realm.json").toArray(String[]::new);
    for (String realm : realms) {
      if (!Files.exists(root.resolve("keycloak").resolve(realm))) {
        fail("keycloak/" + realm + " is missing");
      }
    }
    return realms;
  }

  void start() throws Exception {
    Instant began = Instant.now();
    Path kcJava = keycloakJava();
    checkLayout();
    List<Integer> ports =
        new ArrayList<>(List.of(POSTGRES_PORT, KEYCLOAK_PORT, KEYCLOAK_PORT + 1000));
    for (Deployment d : DEPLOYMENTS) {
      ports.add(d.servicePort());
      ports.add(d.gatewayPort());
    }
    checkPorts(ports);
    String[] realms = realms();
    for (Deployment d : DEPLOYMENTS) {
      String stateSecret = secret("gateway-state-secret-" + d.realm());
      Part service = new Part(d.module(), d.module(), d.servicePort(), SERVICE_HEAP, serviceEnv(d));
      Part gateway =
          new Part(
              d.gatewayPart(),
              "gateway",
              d.gatewayPort(),
              GATEWAY_HEAP,
              gatewayEnv(d, stateSecret));
      parts.put(service.name, service);
      parts.put(gateway.name, gateway);
    }
    for (Part part : parts.values()) {
      if (!Files.exists(part.jar(root))) {
        fail(part.jar(root) + " is missing: build first with ./mvnw -DskipTests package");
      }
    }
    Files.createDirectories(run.resolve("logs"));
    Files.createDirectories(run.resolve("control"));
    clearControl();
    startKeycloak(kcJava, realms);
    startPostgres();
    for (Part part : parts.values()) {
      if (!part.isGateway()) {
        startPart(part);
      }
    }
    for (Part part : parts.values()) {
      if (part.isGateway()) {
        startPart(part);
      }
    }
    for (Deployment d : DEPLOYMENTS) {
      awaitReady(
          "keycloak",
          URI.create(d.issuer() + "/.well-known/openid-configuration"),
          "realm " + d.realm() + " ready",
          "keycloak");
    }
    for (Part part : parts.values()) {
      if (!part.isGateway()) {
        awaitReady(part.name, health(part, "ready"), "ready", part.name);
      }
    }
    for (Part part : parts.values()) {
      if (part.isGateway()) {
        awaitGateway(part);
      }
    }
    Instant loading = Instant.now();
    int cases;
    try {
      cases = new DemoData().load();
    } catch (IOException e) {
      fail(
          "the demo data could not be loaded: "
              + e.getMessage()
              + "\nThe logs of the part that answered are in "
              + display(run.resolve("logs")));
      return;
    }
    step(
        "demo data",
        cases
            + " cases at PA-SNM, the USD 6 M programme at US-DOS, courses and SNM officers at"
            + " US-DHS ("
            + since(loading)
            + ")");
    System.out.printf(
        "%nPuente is ready in %.1f s: three deployments, one per agency.%n%n",
        Duration.between(began, Instant.now()).toMillis() / 1000.0);
    for (Deployment d : DEPLOYMENTS) {
      System.out.printf(
          "  %-7s portal and API %s/  (Swagger UI: /swagger-ui; sign in as %s*)%n",
          d.agency(), d.gateway(), d.userPrefix());
      System.out.printf(
          "          %-19s http://127.0.0.1:%d  logs: %s%n",
          d.module(), d.servicePort(), display(run.resolve("logs/" + d.module() + ".log")));
      System.out.printf(
          "          realm %-13s %s  (gateway log: %s)%n",
          d.realm(), d.issuer(), display(run.resolve("logs/" + d.gatewayPart() + ".log")));
    }
    System.out.printf(
        "%n  keycloak        %s/admin  logs: %s%n",
        KEYCLOAK, display(run.resolve("logs/keycloak.log")));
    System.out.printf(
        "  postgresql      127.0.0.1:%d, databases training, removals, funding; data in %s%n",
        POSTGRES_PORT, display(run.resolve("postgres")));
    System.out.println(
        "\nDemo users, each signs in at its own agency's realm and portal (password: demo):");
    for (Deployment d : DEPLOYMENTS) {
      System.out.printf("  %s, realm %s, portal %s/%n", d.agency(), d.realm(), d.gateway());
      DEMO_USERS.stream()
          .filter(u -> u.startsWith(d.userPrefix()))
          .forEach(u -> System.out.println("    " + u));
    }
    System.out.println(
        "\nA token for scripts, from the user's own realm (public client puente-cli):");
    String[][] examples = {
      {"snm-officer", "/api/v1/removals/cases"},
      {"dhs-coordinator", "/api/v1/training/sessions"},
      {"dos-budget", "/api/v1/funding/agreements"}
    };
    for (String[] example : examples) {
      Deployment d = deploymentOf(example[0]);
      System.out.println(
          "  TOKEN=$(curl -s -d client_id=puente-cli -d grant_type=password -d username="
              + example[0]
              + " -d password=demo "
              + d.issuer()
              + "/protocol/openid-connect/token"
              + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n"
              + "  curl -H \"Authorization: Bearer $TOKEN\" "
              + d.gateway()
              + example[1]
              + "\n");
    }
    System.out.println(
        "A partner's records through your own gateway: an SNM token at http://127.0.0.1:8080"
            + "/api/v1/training/... is relayed to US-DHS's gateway.\n"
            + "A partner away: echo stop > "
            + display(run.resolve("control/us-dos-gateway"))
            + " (and start).\n"
            + "\nCtrl-C stops everything.");
  }

  /**
   * A service's environment: its own issuer and agency, the three trusted issuers, its database,
   * its own address, and the partners' gateways for the services it does not run.
   */
  private Map<String, String> serviceEnv(Deployment d) {
    Map<String, String> env = commonEnv(d);
    env.put("QUARKUS_HTTP_PORT", String.valueOf(d.servicePort()));
    env.put("DB_URL", "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + d.database());
    env.put("DB_USER", "postgres");
    env.put("DB_PASSWORD", "postgres");
    env.put("OIDC_CLIENT_SECRET", SERVICE_SECRET);
    // A partner back after being away is asked again within seconds, not a minute (local only).
    env.put("PUENTE_OUTBOX_MAX_RETRY", "10s");
    return env;
  }

  /** A gateway's environment: as its deployment's service, plus the portal's login and zone. */
  private Map<String, String> gatewayEnv(Deployment d, String stateSecret) {
    Map<String, String> env = commonEnv(d);
    env.put("QUARKUS_HTTP_PORT", String.valueOf(d.gatewayPort()));
    env.put("OIDC_CLIENT_ID", "puente-gateway");
    env.put("OIDC_CLIENT_SECRET", GATEWAY_SECRET);
    env.put("OIDC_STATE_SECRET", stateSecret);
    env.put("PORTAL_ZONE", d.portalZone());
    return env;
  }

  private static Map<String, String> commonEnv(Deployment d) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    // Plain-text logs in .run/logs, for people; production logs JSON.
    env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
    // Swagger UI, off in production, is what a developer tries the API with here.
    env.put("PUENTE_SWAGGER_UI", "true");
    env.put("PUENTE_AGENCY", d.agency());
    env.put("OIDC_ISSUER", d.issuer());
    for (Deployment other : DEPLOYMENTS) {
      env.put(other.trustVariable(), other.issuer());
    }
    for (Deployment other : DEPLOYMENTS) {
      String kind = other.kind().toUpperCase(java.util.Locale.ROOT);
      if (other == d) {
        env.put(kind + "_URL", "http://127.0.0.1:" + other.servicePort());
      } else {
        env.put("PARTNER_" + kind + "_URL", other.gateway());
      }
    }
    return env;
  }

  /**
   * A run directory from before the three deployments holds one realm and data signed by its
   * issuer: it is started clean, not mixed.
   */
  private void checkLayout() throws IOException {
    Path marker = run.resolve("layout");
    if (Files.exists(run.resolve("keycloak/data"))
        && !(Files.exists(marker) && Files.readString(marker).strip().equals(LAYOUT))) {
      fail(
          display(run)
              + " holds the data of the single-realm stack; start clean once with ./run.sh --reset");
    }
    Files.createDirectories(run);
    Files.writeString(marker, LAYOUT + "\n");
  }

  private static void checkPorts(List<Integer> ports) {
    for (int port : new java.util.TreeSet<>(ports)) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        socket.setReuseAddress(true);
      } catch (IOException e) {
        fail(
            "Port "
                + port
                + " on 127.0.0.1 is taken. Stop what uses it (ss -ltnp 'sport = :"
                + port
                + "') or an earlier ./run.sh, then try again.");
      }
    }
  }

  /**
   * Keycloak's own copy under .run/keycloak, so its data survives restarts and --reset clears it;
   * it imports the three agencies' realms on first start.
   */
  private void startKeycloak(Path java, String[] realms) throws IOException {
    Path home = run.resolve("keycloak");
    Path dist;
    try (Stream<Path> dirs = Files.list(root.resolve("local-stack/target/keycloak"))) {
      dist =
          dirs.filter(p -> p.getFileName().toString().startsWith("keycloak-"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IOException(
                          "Keycloak is not unpacked; build with ./mvnw -DskipTests package"));
    }
    Path copied = home.resolve(".distribution");
    String version = dist.getFileName().toString();
    if (!Files.exists(home.resolve("bin/kc.sh"))
        || !Files.exists(copied)
        || !Files.readString(copied).strip().equals(version)) {
      deleteRecursively(home);
      copyRecursively(dist, home);
      home.resolve("bin/kc.sh").toFile().setExecutable(true);
      Files.writeString(copied, version + "\n");
    }
    Files.createDirectories(home.resolve("data/import"));
    for (String realm : realms) {
      Files.copy(
          root.resolve("keycloak").resolve(realm),
          home.resolve("data/import").resolve(realm),
          StandardCopyOption.REPLACE_EXISTING);
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + KEYCLOAK_PORT,
                "--http-management-port=" + (KEYCLOAK_PORT + 1000),
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(run.resolve("logs/keycloak.log").toFile()));
    builder.environment().put("JAVA_HOME", java.toString());
    builder.environment().put("JAVA_OPTS_KC_HEAP", KEYCLOAK_HEAP);
    keycloak = builder.start();
    step("keycloak", "starting on 127.0.0.1:" + KEYCLOAK_PORT + ", realms pa-snm, us-dhs, us-dos");
  }

  private void startPostgres() throws Exception {
    Instant t = Instant.now();
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(run.resolve("postgres"))
            .setCleanDataDirectory(false)
            .setPort(POSTGRES_PORT)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "200")
            .start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      // Each service's database, and its dev database for live coding (quarkus:dev), kept apart
      // so a dev session's data never mixes with the stack's.
      for (Deployment d : DEPLOYMENTS) {
        for (String database : List.of(d.database(), d.database() + "_dev")) {
          try (ResultSet rs =
              s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (!rs.next()) {
              s.execute("create database " + database);
            }
          }
        }
      }
    }
    step("postgresql", "ready on 127.0.0.1:" + POSTGRES_PORT + " in " + since(t));
  }

  private void startPart(Part part) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                // With its start-up cache (tools/service-java.sh), on the newest JDK ./run.sh
                // found.
                root.resolve("tools/service-java.sh").toString(),
                serviceJava().toString(),
                INITIAL_HEAP,
                part.heap,
                "-XX:+UseSerialGC",
                "-jar",
                part.jar(root).toString())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    run.resolve("logs").resolve(part.name + ".log").toFile()));
    builder.environment().putAll(part.env);
    part.process = builder.start();
    part.stopped = false;
    String agency = part.env.get("PUENTE_AGENCY");
    step(part.name, "starting on 127.0.0.1:" + part.port + " (" + agency + ")");
  }

  /** The JDK 21+ that ./run.sh found (Keycloak's), else this one: the newer starts faster. */
  private static Path serviceJava() {
    String home = System.getenv("KEYCLOAK_JAVA_HOME");
    return Path.of(
        home == null || home.isBlank() ? System.getProperty("java.home") : home, "bin", "java");
  }

  private static URI health(Part part, String check) {
    return URI.create("http://127.0.0.1:" + part.port + "/q/health/" + check);
  }

  private void awaitReady(String part, URI health, String what, String log) throws Exception {
    Instant t = Instant.now();
    if (!poll(health, START_LIMIT, true)) {
      fail(
          part
              + " was not "
              + what
              + " within "
              + START_LIMIT.toSeconds()
              + " s; see "
              + display(logOf(log)));
    }
    step(part, what + " (" + since(t) + " more)");
  }

  /**
   * A gateway is up when it is live; its readiness depends on the services behind it, some of them
   * a partner's, so it is waited for a little and reported, not required.
   */
  private void awaitGateway(Part part) throws Exception {
    Instant t = Instant.now();
    if (!poll(health(part, "live"), START_LIMIT, true)) {
      fail(
          part.name
              + " was not live within "
              + START_LIMIT.toSeconds()
              + " s; see "
              + display(logOf(part.name)));
    }
    boolean ready = poll(health(part, "ready"), Duration.ofSeconds(20), true);
    step(
        part.name,
        (ready
                ? "ready"
                : "live, not ready yet (its services: " + part.env.get("PUENTE_AGENCY") + ")")
            + " ("
            + since(t)
            + " more)");
  }

  /**
   * Polls a health URL until it answers 200, for up to {@code limit}; while starting, any part that
   * stops ends the start.
   */
  private boolean poll(URI health, Duration limit, boolean starting) throws Exception {
    Instant t = Instant.now();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    while (Duration.between(t, Instant.now()).compareTo(limit) < 0) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (starting) {
        if (keycloak != null && !keycloak.isAlive()) {
          fail("keycloak stopped while starting; see " + display(logOf("keycloak")));
        }
        for (Part p : parts.values()) {
          if (p.process != null && !p.process.isAlive() && !p.stopped) {
            fail(p.name + " stopped while starting; see " + display(logOf(p.name)));
          }
        }
      }
      Thread.sleep(250);
    }
    return false;
  }

  private Path logOf(String part) {
    return run.resolve("logs").resolve(part + ".log");
  }

  /**
   * After the start: carries out what is asked in .run/control/ (a file named after a part, holding
   * {@code stop} or {@code start}), and says when a part stops by itself.
   */
  void watch() throws Exception {
    Path control = run.resolve("control");
    while (!stopping) {
      List<Path> requests;
      try (Stream<Path> files = Files.list(control)) {
        requests = files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
      } catch (IOException e) {
        requests = List.of();
      }
      for (Path request : requests) {
        String name = request.getFileName().toString();
        String action;
        try {
          action = Files.readString(request).strip();
          Files.deleteIfExists(request);
        } catch (IOException e) {
          continue;
        }
        control(name, action);
      }
      for (Part p : parts.values()) {
        if (!p.stopped && p.process != null && !p.process.isAlive() && !stopping) {
          p.stopped = true;
          step(
              p.name,
              "stopped by itself (exit "
                  + p.process.exitValue()
                  + "); see "
                  + display(logOf(p.name))
                  + "; echo start > "
                  + display(control.resolve(p.name)));
        }
      }
      Thread.sleep(200);
    }
  }

  private void control(String name, String action) {
    Part part = parts.get(name);
    if (part == null) {
      step("control", "no part named " + name + "; parts: " + String.join(", ", parts.keySet()));
      return;
    }
    try {
      switch (action) {
        case "stop" -> {
          if (part.process != null && part.process.isAlive()) {
            part.stopped = true;
            stopProcess(part.process);
            step(part.name, "stopped, as asked");
          }
        }
        case "start" -> {
          if (part.process == null || !part.process.isAlive()) {
            startPart(part);
            Instant t = Instant.now();
            boolean live = poll(health(part, "live"), Duration.ofSeconds(120), false);
            step(
                part.name, (live ? "live again" : "not live within 120 s") + " (" + since(t) + ")");
          }
        }
        default ->
            step("control", "unknown action '" + action + "' for " + name + ": stop or start");
      }
    } catch (Exception e) {
      step("control", name + " " + action + " failed: " + e);
    }
  }

  /** Requests left from an earlier run are not carried out in this one. */
  private void clearControl() throws IOException {
    try (Stream<Path> files = Files.list(run.resolve("control"))) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  /** A random secret made on first run and kept under .run (git-ignored). */
  private String secret(String name) throws IOException {
    Files.createDirectories(run);
    Path file = run.resolve(name);
    if (!Files.exists(file)) {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      Files.writeString(file, HexFormat.of().formatHex(bytes));
    }
    return Files.readString(file).strip();
  }

  void stop() {
    stopping = true;
    List<Process> all = new ArrayList<>();
    // Gateways first, then services, Keycloak last: nothing is left calling what has gone.
    parts.values().stream().filter(Part::isGateway).forEach(p -> addIfAlive(all, p.process));
    parts.values().stream().filter(p -> !p.isGateway()).forEach(p -> addIfAlive(all, p.process));
    addIfAlive(all, keycloak);
    for (Process p : all) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    for (Process p : all) {
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
      }
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
    System.out.println("Stopped.");
  }

  private static void addIfAlive(List<Process> all, Process p) {
    if (p != null && p.isAlive()) {
      all.add(p);
    }
  }

  private static void stopProcess(Process p) throws InterruptedException {
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** A path as the user typed it: relative to the repository when inside it. */
  private String display(Path p) {
    return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
  }

  private static void step(String part, String what) {
    System.out.printf("[%s] %-20s %s%n", java.time.LocalTime.now().withNano(0), part, what);
  }

  private static String since(Instant t) {
    return String.format("%.1f s", Duration.between(t, Instant.now()).toMillis() / 1000.0);
  }

  private static void fail(String message) {
    System.err.println("\nCannot start: " + message);
    System.exit(1);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
