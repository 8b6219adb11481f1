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
 * Starts the suite on 127.0.0.1 with nothing but a JDK: an embedded PostgreSQL whose data lives
 * under {@code .run/postgres}, Keycloak with the realm {@code puente} (data under {@code
 * .run/keycloak}), then each built service from its jar in the prod profile, configured by
 * environment variables exactly as Kubernetes configures it. Ctrl-C stops everything it started.
 */
public final class LocalStack {

  static final int POSTGRES_PORT = 15432;
  static final int KEYCLOAK_PORT = 8180;
  static final String ISSUER = "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/puente";

  /** The realm's default secret for the gateway's client: for a laptop only. */
  static final String GATEWAY_SECRET = "local-dev-only-gateway-secret-change-me";

  /** The services' client secret in the local realm (client credentials, for background calls). */
  static final String SERVICE_SECRET = "local-dev-only-service-secret-change-me";

  /** A part this stack runs: its module, port and database (none for the gateway). */
  record Service(String module, int port, String database) {
    Path jar(Path root) {
      return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
  }

  static final List<Service> SERVICES =
      List.of(
          new Service("training-service", 8081, "training"),
          new Service("deportation-service", 8082, "removals"),
          new Service("funding-service", 8083, "funding"),
          new Service("gateway", 8080, null));

  static final List<String> DEMO_USERS =
      List.of(
          "snm-officer      PA-SNM case officer (certified screener, officer 1)",
          "snm-supervisor   PA-SNM supervisor",
          "snm-coordinator  PA-SNM training coordinator",
          "snm-auditor      PA-SNM auditor",
          "dhs-advisor      US-DHS advisor (reads cases under a disclosure grant)",
          "dhs-coordinator  US-DHS training coordinator (the provider)",
          "dos-budget       US-DOS funding officer",
          "dos-certifier    US-DOS certifying officer (approves payments)");

  private final Path root;
  private final Path run;
  private final List<Process> processes = new ArrayList<>();
  private EmbeddedPostgres postgres;

  LocalStack(Path root) {
    this.root = root;
    // PUENTE_RUN_DIR lets the end-to-end tests keep their stack apart from a developer's.
    String dir = System.getenv("PUENTE_RUN_DIR");
    this.run = dir == null || dir.isBlank() ? root.resolve(".run") : Path.of(dir).toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Set<String> flags = Set.of(args);
    if (flags.contains("--help") || flags.contains("-h")) {
      System.out.println(
          """
          Usage: ./run.sh [--reset] [--help]

          Starts Puente on 127.0.0.1: PostgreSQL (embedded, port %d, data in .run/postgres),
          Keycloak (port %d, realm puente, data in .run/keycloak; needs a JDK 21+), the three
          services (8081-8083) and the gateway with the portal (8080). Ctrl-C stops everything.

            --reset   delete .run (databases, Keycloak data, logs) and start clean
            --help    this text
          """
              .formatted(POSTGRES_PORT, KEYCLOAK_PORT));
      return;
    }
    LocalStack stack = new LocalStack(Path.of("").toAbsolutePath());
    if (flags.contains("--reset")) {
      stack.reset();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
    stack.start();
    Thread.currentThread().join();
  }

  void reset() throws IOException {
    deleteRecursively(run);
    step("reset", "deleted .run");
  }

  void start() throws Exception {
    Instant began = Instant.now();
    String kcJava = System.getenv("KEYCLOAK_JAVA_HOME");
    if (kcJava == null || kcJava.isBlank()) {
      fail(
          "Keycloak needs a JDK 21 or newer. Install one (e.g. apt-get install openjdk-21-jdk)"
              + " or set JAVA_HOME to it, then run ./run.sh again.");
    }
    checkPorts();
    for (Service service : SERVICES) {
      if (!Files.exists(service.jar(root))) {
        fail(service.jar(root) + " is missing: build first with ./mvnw -DskipTests package");
      }
    }
    Files.createDirectories(run.resolve("logs"));
    startKeycloak(Path.of(kcJava));
    startPostgres();
    String stateSecret = secret("gateway-state-secret");
    for (Service service : SERVICES) {
      startService(service, stateSecret);
    }
    awaitReady("keycloak", URI.create(ISSUER + "/.well-known/openid-configuration"), "keycloak");
    for (Service service : SERVICES) {
      awaitReady(
          service.module(),
          URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready"),
          service.module());
    }
    Instant loading = Instant.now();
    int cases = new DemoData("http://127.0.0.1:8080", ISSUER).load();
    step(
        "demo data",
        cases + " cases, the USD 6 M programme, courses, officers (" + since(loading) + ")");
    System.out.printf(
        "%nPuente is ready in %.1f s.%n%n",
        Duration.between(began, Instant.now()).toMillis() / 1000.0);
    System.out.println("  Portal and API   http://127.0.0.1:8080/  (Swagger UI: /swagger-ui)");
    for (Service service : SERVICES) {
      System.out.printf(
          "  %-16s http://127.0.0.1:%d  logs: .run/logs/%s.log%n",
          service.module(), service.port(), service.module());
    }
    System.out.printf(
        "  %-16s http://127.0.0.1:%d  realm puente, logs: .run/logs/keycloak.log%n",
        "keycloak", KEYCLOAK_PORT);
    System.out.printf("  %-16s 127.0.0.1:%d, data in .run/postgres%n", "postgresql", POSTGRES_PORT);
    System.out.println("\nDemo users (password: demo):");
    DEMO_USERS.forEach(u -> System.out.println("  " + u));
    System.out.println(
        "\nA token for scripts:\n"
            + "  TOKEN=$(curl -s -d client_id=puente-cli -d grant_type=password -d username=snm-officer"
            + " -d password=demo "
            + ISSUER
            + "/protocol/openid-connect/token"
            + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n"
            + "  curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:8080/api/v1/removals/cases\n"
            + "\nCtrl-C stops everything.");
  }

  private void checkPorts() {
    List<Integer> ports =
        new ArrayList<>(List.of(POSTGRES_PORT, KEYCLOAK_PORT, KEYCLOAK_PORT + 1000));
    SERVICES.forEach(s -> ports.add(s.port()));
    for (int port : ports) {
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
   * Keycloak's own copy under .run/keycloak, so its data survives restarts and --reset clears it.
   */
  private void startKeycloak(Path java) throws IOException {
    Path home = run.resolve("keycloak");
    if (!Files.exists(home.resolve("bin/kc.sh"))) {
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
      copyRecursively(dist, home);
      home.resolve("bin/kc.sh").toFile().setExecutable(true);
    }
    Files.createDirectories(home.resolve("data/import"));
    Files.copy(
        root.resolve("keycloak/puente-realm.json"),
        home.resolve("data/import/puente-realm.json"),
        StandardCopyOption.REPLACE_EXISTING);
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + KEYCLOAK_PORT,
                "--http-management-port=" + (KEYCLOAK_PORT + 1000),
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(run.resolve("logs/keycloak.log").toFile());
    builder.environment().put("JAVA_HOME", java.toString());
    processes.add(builder.start());
    step("keycloak", "starting on 127.0.0.1:" + KEYCLOAK_PORT);
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
      for (Service service : SERVICES) {
        if (service.database() == null) {
          continue;
        }
        try (ResultSet rs =
            s.executeQuery(
                "select 1 from pg_database where datname = '" + service.database() + "'")) {
          if (!rs.next()) {
            s.execute("create database " + service.database());
          }
        }
      }
    }
    step("postgresql", "ready on 127.0.0.1:" + POSTGRES_PORT + " in " + since(t));
  }

  private void startService(Service service, String stateSecret) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
    env.put("OIDC_ISSUER", ISSUER);
    env.put("TRAINING_URL", "http://127.0.0.1:8081");
    env.put("REMOVALS_URL", "http://127.0.0.1:8082");
    env.put("FUNDING_URL", "http://127.0.0.1:8083");
    if (service.database() != null) {
      env.put("DB_URL", "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + service.database());
      env.put("DB_USER", "postgres");
      env.put("DB_PASSWORD", "postgres");
      env.put("OIDC_CLIENT_SECRET", SERVICE_SECRET);
    } else {
      env.put("OIDC_CLIENT_ID", "puente-gateway");
      env.put("OIDC_CLIENT_SECRET", GATEWAY_SECRET);
      env.put("OIDC_STATE_SECRET", stateSecret);
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                service.jar(root).toString())
            .redirectErrorStream(true)
            .redirectOutput(run.resolve("logs").resolve(service.module() + ".log").toFile());
    builder.environment().putAll(env);
    processes.add(builder.start());
    step(service.module(), "starting on 127.0.0.1:" + service.port());
  }

  private void awaitReady(String part, URI health, String log) throws Exception {
    Instant t = Instant.now();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    while (Duration.between(t, Instant.now()).toSeconds() < 180) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          step(part, "ready (" + since(t) + " more)");
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      for (Process p : processes) {
        if (!p.isAlive()) {
          fail("a part stopped while starting; see .run/logs/ (" + log + ".log first)");
        }
      }
      Thread.sleep(250);
    }
    fail(part + " was not ready within 180 s; see .run/logs/" + log + ".log");
  }

  /** A random secret made on first run and kept under .run (git-ignored). */
  private String secret(String name) throws IOException {
    Path file = run.resolve(name);
    if (!Files.exists(file)) {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      Files.writeString(file, HexFormat.of().formatHex(bytes));
    }
    return Files.readString(file).strip();
  }

  void stop() {
    for (Process p : processes) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    for (Process p : processes) {
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
