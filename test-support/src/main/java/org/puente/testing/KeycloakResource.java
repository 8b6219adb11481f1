package org.puente.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Keycloak for tests, from the distribution on Maven Central (unpacked by the module's build
 * into {@code target/keycloak}), with the repository's realm {@code puente} imported, on 127.0.0.1
 * and a free port. It needs a JDK 21 or newer: JAVA_HOME if it is one, otherwise the newest under
 * /usr/lib/jvm. Stops with the tests.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static String issuer;
  private Process process;

  /** The realm's issuer URL, once started. */
  public static String issuer() {
    return issuer;
  }

  /** An access token for a demo user (password grant through the public client puente-cli). */
  public static String accessToken(String username) {
    try {
      String form =
          "grant_type=password&client_id=puente-cli&username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password=demo";
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      Matcher m = ACCESS_TOKEN.matcher(r.body());
      if (r.statusCode() != 200 || !m.find()) {
        throw new IllegalStateException("no token for " + username + ": " + r.statusCode());
      }
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Map<String, String> start() {
    try {
      Path home =
          Path.of(System.getProperty("puente.keycloak.home", "target/keycloak/keycloak-26.7.3"));
      if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
        throw new IllegalStateException("Keycloak is not unpacked at " + home.toAbsolutePath());
      }
      Path realm =
          Path.of(System.getProperty("puente.keycloak.realm", "../keycloak/puente-realm.json"));
      Path data = home.resolve("data");
      deleteRecursively(data);
      Files.createDirectories(data.resolve("import"));
      Files.copy(realm, data.resolve("import/puente-realm.json"));
      int port;
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--http-management-port=" + freePort(),
                  "--import-realm")
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("keycloak.log").toFile());
      builder.environment().put("JAVA_HOME", jdk21().toString());
      process = builder.start();
      issuer = "http://127.0.0.1:" + port + "/realms/puente";
      awaitRealm(home.resolve("keycloak.log"));
      return Map.of(
          "quarkus.oidc.auth-server-url", issuer,
          "quarkus.oidc.client-id", "puente-gateway",
          "quarkus.oidc.credentials.secret", "local-dev-only-gateway-secret-change-me",
          "quarkus.oidc.authentication.state-secret", "test-state-secret-0123456789abcdef0123");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitRealm(Path log) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plusSeconds(180);
    URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped:\n" + Files.readString(log));
      }
      try {
        if (http.send(
                    HttpRequest.newBuilder(discovery).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause();
    }
    throw new IllegalStateException("Keycloak did not start in time:\n" + Files.readString(log));
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** JAVA_HOME when it is 21 or newer, otherwise the newest JDK under /usr/lib/jvm. */
  public static Path jdk21() throws IOException {
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null && major(Path.of(javaHome)) >= 21) {
      return Path.of(javaHome);
    }
    if (major(Path.of(System.getProperty("java.home"))) >= 21) {
      return Path.of(System.getProperty("java.home"));
    }
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      Optional<Path> newest =
          jdks.filter(p -> major(p) >= 21).max(Comparator.comparingInt(KeycloakResource::major));
      return newest.orElseThrow(
          () ->
              new IllegalStateException("Keycloak needs a JDK 21 or newer: set JAVA_HOME to one"));
    }
  }

  private static int major(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring(14).replace("\"", "");
          return Integer.parseInt(v.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return free.getLocalPort();
    }
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
}
