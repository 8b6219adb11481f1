package org.puente.e2e;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole suite as {@code ./run.sh --reset} starts it (in its own run directory, see the POM),
 * and tokens from its Keycloak. Stopped after the tests with the same signal as Ctrl-C.
 */
final class Stack {

  static final String GATEWAY = "http://127.0.0.1:8080";
  static final String ISSUER = "http://127.0.0.1:8180/realms/puente";
  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

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
              } catch (java.io.IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IllegalStateException("run.sh ended:\n" + output()));
            },
            "run.sh output");
    reader.setDaemon(true);
    reader.start();
    ready.get(300, TimeUnit.SECONDS);
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

  /** A demo user's access token, by password grant through the public client puente-cli. */
  static String bearer(String username) {
    try {
      String form =
          "grant_type=password&client_id=puente-cli&password=demo&username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8);
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      Matcher m = ACCESS_TOKEN.matcher(r.body());
      if (!m.find()) {
        throw new IllegalStateException("no token for " + username + ": " + r.body());
      }
      return "Bearer " + m.group(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
