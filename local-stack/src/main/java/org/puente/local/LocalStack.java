package org.puente.local;

import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Starts the suite on 127.0.0.1 with nothing but a JDK: an embedded PostgreSQL whose data lives
 * under {@code .run/postgres} (kept between runs), then each built service from its jar in the prod
 * profile, configured by environment variables exactly as Kubernetes configures it. Until the local
 * Keycloak exists, tokens come from a development signing key made on first run under {@code
 * .run/dev-issuer} (never committed); demo tokens are written to {@code .run/tokens}. Ctrl-C stops
 * everything it started.
 */
public final class LocalStack {

  static final int POSTGRES_PORT = 15432;
  static final String DEV_ISSUER = "http://127.0.0.1/puente-dev-issuer";

  /** A service this stack runs: its module, port and database. */
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

  private final Path root;
  private final Path run;
  private final List<Process> processes = new ArrayList<>();
  private EmbeddedPostgres postgres;

  LocalStack(Path root) {
    this.root = root;
    this.run = root.resolve(".run");
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Set<String> flags = Set.of(args);
    if (flags.contains("--help") || flags.contains("-h")) {
      System.out.println(
          """
          Usage: ./run.sh [--reset] [--help]

          Starts Puente on 127.0.0.1: embedded PostgreSQL (port %d, data in .run/postgres)
          and the services from their packaged jars. Ctrl-C stops everything.

            --reset   delete .run (database, keys, logs) and start clean
            --help    this text
          """
              .formatted(POSTGRES_PORT));
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
    if (Files.exists(run)) {
      try (Stream<Path> files = Files.walk(run)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
      step("reset", "deleted .run");
    }
  }

  void start() throws Exception {
    Instant began = Instant.now();
    checkPorts();
    for (Service service : SERVICES) {
      if (!Files.exists(service.jar(root))) {
        fail(service.jar(root) + " is missing: build first with ./mvnw -DskipTests package");
      }
    }
    Files.createDirectories(run.resolve("logs"));
    startPostgres();
    String publicKey = devPublicKey();
    for (Service service : SERVICES) {
      startService(service, publicKey);
    }
    for (Service service : SERVICES) {
      awaitReady(service);
    }
    Map<String, String> tokens = writeDemoTokens();
    System.out.printf(
        "%nPuente is ready in %.1f s.%n%n",
        Duration.between(began, Instant.now()).toMillis() / 1000.0);
    for (Service service : SERVICES) {
      System.out.printf(
          "  %-20s http://127.0.0.1:%d  (OpenAPI /q/openapi, logs .run/logs/%s.log)%n",
          service.module(), service.port(), service.module());
    }
    System.out.printf("  %-20s 127.0.0.1:%d, data in .run/postgres%n", "postgresql", POSTGRES_PORT);
    System.out.println("\nDemo tokens (valid 12 h) in .run/tokens/:");
    tokens.forEach((user, what) -> System.out.printf("  %-18s %s%n", user, what));
    System.out.println(
        "\nTry:  curl -H \"Authorization: Bearer $(cat .run/tokens/dhs-coordinator.jwt)\""
            + " http://127.0.0.1:8080/api/v1/training/courses\n\nCtrl-C stops everything.");
  }

  private void checkPorts() {
    List<Integer> ports = new ArrayList<>();
    ports.add(POSTGRES_PORT);
    SERVICES.forEach(s -> ports.add(s.port()));
    for (int port : ports) {
      try (ServerSocket socket =
          new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
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

  private void startService(Service service, String publicKey) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    if (service.database() != null) {
      env.put("DB_URL", "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + service.database());
      env.put("DB_USER", "postgres");
      env.put("DB_PASSWORD", "postgres");
    }
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
    env.put("TRAINING_URL", "http://127.0.0.1:8081");
    env.put("REMOVALS_URL", "http://127.0.0.1:8082");
    env.put("FUNDING_URL", "http://127.0.0.1:8083");
    if (service.database() == null) {
      // The gateway: API clients only until the local Keycloak brings the portal's login.
      env.put("QUARKUS_OIDC_APPLICATION_TYPE", "service");
      env.put("QUARKUS_OIDC_TOKEN_AUDIENCE", "puente");
    }
    // No issuer URL: tokens are verified against the development key alone.
    env.put("QUARKUS_OIDC_PUBLIC_KEY", publicKey);
    env.put("QUARKUS_OIDC_TOKEN_ISSUER", DEV_ISSUER);
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

  private void awaitReady(Service service) throws Exception {
    Instant t = Instant.now();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI health = URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready");
    while (Duration.between(t, Instant.now()).toSeconds() < 90) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          step(service.module(), "ready in " + since(t));
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      for (Process p : processes) {
        if (!p.isAlive()) {
          fail(service.module() + " stopped; see .run/logs/" + service.module() + ".log");
        }
      }
      Thread.sleep(250);
    }
    fail(
        service.module()
            + " was not ready within 90 s; see .run/logs/"
            + service.module()
            + ".log");
  }

  /** The development signing key, made on first run and kept under .run (git-ignored). */
  private KeyPair devKeys() throws Exception {
    Path file = run.resolve("dev-issuer/private-key.der");
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    if (!Files.exists(file)) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      Files.createDirectories(file.getParent());
      Files.write(file, generator.generateKeyPair().getPrivate().getEncoded());
    }
    PrivateKey key = rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
    RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
    return new KeyPair(
        rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())), key);
  }

  private String devPublicKey() throws Exception {
    return Base64.getEncoder().encodeToString(devKeys().getPublic().getEncoded());
  }

  private Map<String, String> writeDemoTokens() throws Exception {
    record Demo(String user, String agency, List<String> roles, String what) {}
    List<Demo> demo =
        List.of(
            new Demo(
                "dhs-coordinator",
                "US-DHS",
                List.of("training-coordinator"),
                "US-DHS training coordinator (provider)"),
            new Demo(
                "snm-coordinator",
                "PA-SNM",
                List.of("training-coordinator"),
                "PA-SNM training coordinator"),
            new Demo("snm-officer", "PA-SNM", List.of("case-officer"), "PA-SNM case officer"),
            new Demo("snm-supervisor", "PA-SNM", List.of("supervisor"), "PA-SNM supervisor"),
            new Demo(
                "dhs-advisor",
                "US-DHS",
                List.of("advisor"),
                "US-DHS advisor (reads under a disclosure grant)"),
            new Demo("dos-budget", "US-DOS", List.of("funding-officer"), "US-DOS funding officer"),
            new Demo(
                "dos-certifier",
                "US-DOS",
                List.of("certifying-officer"),
                "US-DOS certifying officer (approves payments)"));
    PrivateKey key = devKeys().getPrivate();
    Path dir = Files.createDirectories(run.resolve("tokens"));
    Map<String, String> written = new LinkedHashMap<>();
    for (Demo d : demo) {
      String token =
          Jwt.issuer(DEV_ISSUER)
              .audience("puente")
              .subject(d.user())
              .claim("preferred_username", d.user())
              .claim("agency", d.agency())
              .groups(Set.copyOf(d.roles()))
              .expiresIn(Duration.ofHours(12))
              .jws()
              .keyId("dev")
              .sign(key);
      Files.writeString(dir.resolve(d.user() + ".jwt"), token);
      written.put(d.user(), d.what());
    }
    return written;
  }

  void stop() {
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      try {
        if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
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
    System.out.printf("[%s] %-18s %s%n", java.time.LocalTime.now().withNano(0), part, what);
  }

  private static String since(Instant t) {
    return String.format("%.1f s", Duration.between(t, Instant.now()).toMillis() / 1000.0);
  }

  private static void fail(String message) {
    System.err.println("\nCannot start: " + message);
    System.exit(1);
  }
}
