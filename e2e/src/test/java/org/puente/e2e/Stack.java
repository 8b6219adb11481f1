package org.puente.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three deployments as {@code ./run.sh --reset} starts them (in its own run directory, see the
 * POM), and tokens from their realms: each demo user signs in at its own agency's realm and works
 * through its own agency's gateway ({@code snm-} PA-SNM on 8080, {@code dhs-} US-DHS on 8090,
 * {@code dos-} US-DOS on 8100). A gateway can be stopped and started again (a partner away) through
 * the stack's control directory. Stopped after the tests with the same signal as Ctrl-C.
 */
final class Stack {

  /** One agency's deployment: its realm and its gateway (with the portal). */
  enum Agency {
    PA_SNM("PA-SNM", "pa-snm", "snm-", 8080),
    US_DHS("US-DHS", "us-dhs", "dhs-", 8090),
    US_DOS("US-DOS", "us-dos", "dos-", 8100);

    final String code;
    final String realm;
    final String userPrefix;
    final String gateway;

    Agency(String code, String realm, String userPrefix, int gatewayPort) {
      this.code = code;
      this.realm = realm;
      this.userPrefix = userPrefix;
      this.gateway = "http://127.0.0.1:" + gatewayPort;
    }

    String issuer() {
      return KEYCLOAK + "/realms/" + realm;
    }

    /** The name of its gateway in the stack's control directory. */
    String gatewayPart() {
      return realm + "-gateway";
    }

    static Agency of(String user) {
      for (Agency a : values()) {
        if (user.startsWith(a.userPrefix)) {
          return a;
        }
      }
      throw new IllegalArgumentException("no agency for user " + user);
    }
  }

  static final String KEYCLOAK = "http://127.0.0.1:8180";
  static final String PA_GATEWAY = Agency.PA_SNM.gateway;
  static final String DHS_GATEWAY = Agency.US_DHS.gateway;
  static final String DOS_GATEWAY = Agency.US_DOS.gateway;
  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static Process process;
  private static final List<String> OUTPUT = new ArrayList<>();

  private Stack() {}

  static synchronized void start() throws Exception {
    if (process != null || Boolean.getBoolean("puente.e2e.running")) {
      // -Dpuente.e2e.running=true: use the suite ./run.sh already runs (while working on a test).
      return;
    }
    process = new ProcessBuilder("bash", "run.sh", "--reset").redirectErrorStream(true).start();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  synchronized (OUTPUT) {
                    OUTPUT.add(line);
                  }
                  if (line.startsWith("Puente is ready")) {
                    ready.complete(null);
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IllegalStateException("run.sh ended:\n" + output()));
            },
            "run.sh output");
    reader.setDaemon(true);
    reader.start();
    ready.get(900, TimeUnit.SECONDS); // seven JVMs and Keycloak on two busy cores
    Runtime.getRuntime().addShutdownHook(new Thread(Stack::stop));
  }

  static synchronized void stop() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  static String output() {
    synchronized (OUTPUT) {
      return String.join("\n", OUTPUT);
    }
  }

  /** The gateway a demo user works through: its own agency's. */
  static String gatewayOf(String user) {
    return Agency.of(user).gateway;
  }

  /**
   * The stack's run directory: {@code -Dpuente.e2e.runDir}, else PUENTE_RUN_DIR (set by the POM),
   * else {@code .run} (a developer's ./run.sh).
   */
  static Path runDir() {
    String dir = System.getProperty("puente.e2e.runDir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("PUENTE_RUN_DIR");
    }
    return dir == null || dir.isBlank() ? Path.of(".run") : Path.of(dir);
  }

  /** Stops the agency's gateway (as if its deployment were away) and waits until it is gone. */
  static void stopGateway(Agency agency) {
    control(agency.gatewayPart(), "stop");
    long until = System.currentTimeMillis() + 60_000;
    while (status(agency.gateway + "/q/health/live") != 0) {
      if (System.currentTimeMillis() > until) {
        throw new IllegalStateException(agency.gatewayPart() + " did not stop:\n" + output());
      }
      sleep(200);
    }
  }

  /** Starts the agency's gateway again and waits until it is live. */
  static void startGateway(Agency agency) {
    control(agency.gatewayPart(), "start");
    long until = System.currentTimeMillis() + 180_000;
    while (status(agency.gateway + "/q/health/live") != 200) {
      if (System.currentTimeMillis() > until) {
        throw new IllegalStateException(agency.gatewayPart() + " did not start:\n" + output());
      }
      sleep(250);
    }
  }

  /** Asks the stack to stop or start one part: a file named after it in .run/control/. */
  private static void control(String part, String action) {
    try {
      Path control = runDir().resolve("control");
      Files.createDirectories(control);
      Path pending = control.resolve("." + part + ".tmp");
      Files.writeString(pending, action + "\n");
      Files.move(pending, control.resolve(part), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HTTP status of a GET, 0 when nothing answers. */
  static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A demo user's access token from the user's own agency's realm, by password grant through that
   * realm's public client puente-cli.
   */
  static String bearer(String username) {
    try {
      String form =
          "grant_type=password&client_id=puente-cli&password=demo&username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8);
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(Agency.of(username).issuer() + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = ACCESS_TOKEN.matcher(r.body());
      if (!m.find()) {
        throw new IllegalStateException("no token for " + username + ": " + r.body());
      }
      return "Bearer " + m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
