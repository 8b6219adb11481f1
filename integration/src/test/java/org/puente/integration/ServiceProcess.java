package org.puente.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service from its packaged jar ({@code target/quarkus-app}), in its production profile, on
 * 127.0.0.1: started, stopped gracefully, or killed outright ({@code kill -9}) and started again on
 * the same port and database.
 */
final class ServiceProcess {

  private final String module;
  private final int port;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final Path log;
  private Process process;
  private int starts;

  /**
   * {@code env} holds environment variables (upper case) and configuration properties (dotted
   * names).
   */
  ServiceProcess(String module, Map<String, String> env) {
    this.module = module;
    this.port = freePort();
    this.env.putAll(env);
    this.env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    this.log = Path.of(System.getProperty("puente.logs", "integration/target/service-logs"));
  }

  /** Sets an environment variable for the next start. */
  void env(String name, String value) {
    env.put(name, value);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  ServiceProcess start() {
    Path jar = Path.of(module, "target", "quarkus-app", "quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: package " + module + " first");
    }
    try {
      Files.createDirectories(log);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
      // Dotted names are configuration properties: given as -D, since an environment variable
      // like QUARKUS_OIDC_CLIENT_... could as well name an OIDC tenant called "client".
      env.forEach(
          (name, value) -> {
            if (name.contains(".")) {
              command.add("-D" + name + "=" + value);
            }
          });
      command.add("-jar");
      command.add(jar.toString());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              // A fresh log per test run; a restart within the run appends to it.
              .redirectOutput(
                  starts == 0
                      ? ProcessBuilder.Redirect.to(log.resolve(module + ".log").toFile())
                      : ProcessBuilder.Redirect.appendTo(log.resolve(module + ".log").toFile()));
      env.forEach(
          (name, value) -> {
            if (!name.contains(".")) {
              builder.environment().put(name, value);
            }
          });
      process = builder.start();
      starts++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReady();
    return this;
  }

  /** SIGTERM, and wait for the graceful shutdown. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      await(process);
    }
  }

  /** SIGKILL: no shutdown hook, no graceful anything (kill -9). */
  void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      await(process);
    }
  }

  int starts() {
    return starts;
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(module + " exited; see " + log.resolve(module + ".log"));
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(200);
    }
    throw new IllegalStateException(module + " not ready in 90 s");
  }

  private static void await(Process p) {
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
