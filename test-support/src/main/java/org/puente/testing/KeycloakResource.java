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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Keycloak for tests, from the distribution on Maven Central (unpacked by the module's build
 * into {@code target/keycloak}), with the repository's three agency realms imported ({@code
 * pa-snm}, {@code us-dhs}, {@code us-dos}, each signing with its own keys and stamping its own
 * agency), on 127.0.0.1 and a free port. It needs a JDK 21 or newer: JAVA_HOME if it is one,
 * otherwise the newest under /usr/lib/jvm. Stops with the tests.
 *
 * <p>The configuration it hands to the application is a PA-SNM deployment's: the portal's login
 * (the default tenant) at {@code pa-snm}, {@code PUENTE_AGENCY=PA-SNM}, and the three realms as the
 * trusted issuers ({@code TRUST_*_ISSUER}).
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  /** The realms imported, each an agency's. */
  public static final List<String> REALMS = List.of("pa-snm", "us-dhs", "us-dos");

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID_TOKEN = Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final String ADMIN = "test-admin";
  private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
  private static String base;
  private Process process;

  /** A realm's issuer URL ({@code http://127.0.0.1:<port>/realms/<realm>}), once started. */
  public static String issuer(String realm) {
    return base + "/realms/" + realm;
  }

  /**
   * An access token for a demo user of a realm (password grant through the public client
   * puente-cli, password demo): what that agency's identity provider issues to its own user.
   */
  public static String accessToken(String realm, String username) {
    return accessToken(realm, username, "puente-cli");
  }

  /** An access token for a user of a realm, through another public client of it. */
  public static String accessToken(String realm, String username, String clientId) {
    return token(realm, username, clientId, ACCESS_TOKEN);
  }

  /** The ID token the realm issues to a demo user with their access token (scope openid). */
  public static String idToken(String realm, String username) {
    return token(realm, username, "puente-cli", ID_TOKEN);
  }

  private static String token(String realm, String username, String clientId, Pattern which) {
    String form =
        "grant_type=password&scope=openid&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password=demo";
    String body = post(issuer(realm) + "/protocol/openid-connect/token", form, null, 200);
    Matcher m = which.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no token for " + username + " in " + realm);
    }
    return m.group(1);
  }

  /**
   * Adds a public client (direct grants) to a realm with its own claim mappers and none of the
   * realm's client scopes: a realm misconfigured or taken over, to try the gateway against. {@code
   * agency} is stamped in its tokens if given, {@code audience} added to them if given.
   */
  public static void addClient(String realm, String clientId, String agency, String audience) {
    StringBuilder mappers = new StringBuilder();
    if (agency != null) {
      mappers.append(
          "{\"name\":\"agency\",\"protocol\":\"openid-connect\","
              + "\"protocolMapper\":\"oidc-hardcoded-claim-mapper\",\"config\":{"
              + "\"claim.name\":\"agency\",\"claim.value\":\""
              + agency
              + "\",\"jsonType.label\":\"String\",\"access.token.claim\":\"true\","
              + "\"id.token.claim\":\"true\"}}");
    }
    if (audience != null) {
      if (mappers.length() > 0) {
        mappers.append(',');
      }
      mappers.append(
          "{\"name\":\"audience\",\"protocol\":\"openid-connect\","
              + "\"protocolMapper\":\"oidc-audience-mapper\",\"config\":{"
              + "\"included.custom.audience\":\""
              + audience
              + "\",\"access.token.claim\":\"true\"}}");
    }
    String client =
        "{\"clientId\":\""
            + clientId
            + "\",\"enabled\":true,\"publicClient\":true,\"directAccessGrantsEnabled\":true,"
            + "\"standardFlowEnabled\":false,\"fullScopeAllowed\":true,"
            + "\"defaultClientScopes\":[\"profile\"],\"optionalClientScopes\":[],"
            + "\"protocolMappers\":["
            + mappers
            + "]}";
    post(base + "/admin/realms/" + realm + "/clients", client, untrustedRealmToken(), 201);
  }

  /**
   * An access token of Keycloak's own {@code master} realm, which no deployment trusts: a real,
   * well-signed token from an issuer not on the list.
   */
  public static String untrustedRealmToken() {
    return matched(
        ACCESS_TOKEN,
        post(
            base + "/realms/master/protocol/openid-connect/token",
            "grant_type=password&client_id=admin-cli&username="
                + ADMIN
                + "&password="
                + ADMIN_PASSWORD,
            null,
            200));
  }

  private static String matched(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no token in the answer");
    }
    return m.group(1);
  }

  /** POSTs a form (or JSON, with a bearer token) and returns the body of the expected answer. */
  private static String post(String url, String body, String bearer, int expected) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
      if (bearer == null) {
        request.header("Content-Type", "application/x-www-form-urlencoded");
      } else {
        request
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + bearer);
      }
      HttpResponse<String> r =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != expected) {
        throw new IllegalStateException(url + " answered " + r.statusCode());
      }
      return r.body();
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
      Path realms = Path.of(System.getProperty("puente.keycloak.realms", "../keycloak"));
      Path data = home.resolve("data");
      deleteRecursively(data);
      Files.createDirectories(data.resolve("import"));
      for (String realm : REALMS) {
        String file = realm + "-realm.json";
        Files.copy(realms.resolve(file), data.resolve("import/" + file));
      }
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
      // A temporary administrator (a random password, this run only), for addClient.
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      process = builder.start();
      base = "http://127.0.0.1:" + port;
      awaitRealm(home.resolve("keycloak.log"));
      Map<String, String> config = new HashMap<>();
      // The deployment's own realm: the portal's login (the default tenant).
      config.put("OIDC_ISSUER", issuer("pa-snm"));
      config.put("PUENTE_AGENCY", "PA-SNM");
      config.put("quarkus.oidc.auth-server-url", issuer("pa-snm"));
      config.put("quarkus.oidc.client-id", "puente-gateway");
      config.put("quarkus.oidc.credentials.secret", "local-dev-only-gateway-secret-change-me");
      config.put(
          "quarkus.oidc.authentication.state-secret", "test-state-secret-0123456789abcdef0123");
      // The trusted issuers, each bound to its agency.
      config.put("TRUST_PA_SNM_ISSUER", issuer("pa-snm"));
      config.put("TRUST_US_DHS_ISSUER", issuer("us-dhs"));
      config.put("TRUST_US_DOS_ISSUER", issuer("us-dos"));
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitRealm(Path log) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    // Three realms on a shared, busy machine: importing them can take minutes.
    Instant deadline = Instant.now().plusSeconds(480);
    List<String> waiting = new java.util.ArrayList<>(REALMS);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped:\n" + Files.readString(log));
      }
      try {
        while (!waiting.isEmpty()
            && http.send(
                        HttpRequest.newBuilder(
                                URI.create(
                                    issuer(waiting.get(0)) + "/.well-known/openid-configuration"))
                            .build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200) {
          waiting.remove(0);
        }
        if (waiting.isEmpty()) {
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
