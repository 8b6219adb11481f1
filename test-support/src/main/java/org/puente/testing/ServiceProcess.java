package org.puente.testing;

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
public final class ServiceProcess {

  private final String module;

  /**
   * How long a start may take before the test gives up. A start takes seconds on a quiet machine;
   * the limit is generous because a restart in the crash tests runs beside the load they put on two
   * cores, and a start that times out leaves every later test of the run without that service.
   */
  private static final Duration START_LIMIT = Duration.ofSeconds(180);

  private final int port;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final Path log;
  private final List<String> prefix = new ArrayList<>();
  private Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");
  private Process process;
  private int starts;
  private long readyAfterMillis;

  /**
   * {@code env} holds environment variables (upper case) and configuration properties (dotted
   * names).
   */
  public ServiceProcess(String module, Map<String, String> env) {
    this.module = module;
    this.port = freePort();
    this.env.putAll(env);
    this.env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    this.log = Path.of(System.getProperty("puente.logs", "integration/target/service-logs"));
  }

  /** Sets an environment variable for the next start. */
  public void env(String name, String value) {
    env.put(name, value);
  }

  /**
   * The JVM to start it with, and its start-up cache ({@code tools/service-java.sh}), as {@code
   * ./run.sh} starts it: what the benchmarks measure. Tests start the JVM they run on, cache-less.
   */
  public ServiceProcess asRunShStartsIt(Path javaHome) {
    javaExecutable = javaHome.resolve("bin").resolve("java");
    prefix.add(Path.of("tools", "service-java.sh").toAbsolutePath().toString());
    return this;
  }

  /** A command the JVM runs under, e.g. {@code taskset -c 0} to pin it to a core. */
  public ServiceProcess under(String... command) {
    prefix.addAll(List.of(command));
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public ServiceProcess start() {
    Path jar = Path.of(module, "target", "quarkus-app", "quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: package " + module + " first");
    }
    try {
      Files.createDirectories(log);
      List<String> command = new ArrayList<>(prefix);
      command.add(javaExecutable.toString());
      command.add("-Xms16m");
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
                      ? ProcessBuilder.Redirect.to(
                          log.resolve(Path.of(module).getFileName() + ".log").toFile())
                      : ProcessBuilder.Redirect.appendTo(
                          log.resolve(Path.of(module).getFileName() + ".log").toFile()));
      env.forEach(
          (name, value) -> {
            if (!name.contains(".")) {
              builder.environment().put(name, value);
            }
          });
      long started = System.nanoTime();
      process = builder.start();
      starts++;
      awaitReady();
      readyAfterMillis = (System.nanoTime() - started) / 1_000_000;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** From the process's start to its first 200 on the readiness check, for the last start. */
  public long readyAfterMillis() {
    return readyAfterMillis;
  }

  /** The JVM's process id (its children, if a prefix command execs it, share it). */
  public long pid() {
    return process.pid();
  }

  /** SIGTERM, and wait for the graceful shutdown. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      await(process);
    }
  }

  /** SIGKILL: no shutdown hook, no graceful anything (kill -9). */
  public void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      await(process);
    }
  }

  public int starts() {
    return starts;
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            module + " exited; see " + log.resolve(Path.of(module).getFileName() + ".log"));
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
      sleep(20); // fine-grained: the start-up time is measured by this loop
    }
    throw new IllegalStateException(module + " not ready in " + START_LIMIT.toSeconds() + " s");
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
