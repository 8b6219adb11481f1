package org.puente.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.testing.EmbeddedPostgresResource;

/**
 * Crashes the suite's PostgreSQL and starts it again, as {@code pg_ctl stop -m immediate} does to a
 * server: no checkpoint, no clean shutdown; on start it recovers from its write-ahead log.
 */
final class PostgresControl {

  private final Path dataDirectory;
  private final Path postgres;
  private final List<String> options = new ArrayList<>();

  PostgresControl() {
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl("postgres"), "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show data_directory")) {
      rs.next();
      dataDirectory = Path.of(rs.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    // The command line the server was started with, to start it again the same way.
    // postmaster.opts: the binary, then each argument in double quotes.
    List<String> args = new ArrayList<>();
    try {
      String opts = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
      int firstQuote = opts.indexOf('"');
      args.add(opts.substring(0, firstQuote < 0 ? opts.length() : firstQuote).strip());
      Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(opts.substring(Math.max(firstQuote, 0)));
      while (firstQuote >= 0 && m.find()) {
        args.add(m.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    postgres = Path.of(args.get(0));
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i).equals("-D")) {
        i++;
      } else {
        options.add(args.get(i));
      }
    }
  }

  /** Durable commits for the databases the services use (the shared test server runs without). */
  static void durableCommits(String... databases) {
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl("postgres"), "postgres", "postgres");
        Statement s = c.createStatement()) {
      for (String db : databases) {
        s.execute("alter database " + db + " set synchronous_commit = on");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * SIGQUIT to the postmaster: PostgreSQL's immediate shutdown, what {@code pg_ctl stop -m
   * immediate} sends.
   */
  void crash() {
    try {
      long pid =
          Long.parseLong(
              Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
      run("kill", "-QUIT", String.valueOf(pid));
      ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server again with the command line it had; it recovers from its WAL. */
  void start() {
    List<String> command = new ArrayList<>();
    // As the embedded server's own start does: in a user namespace, so that the server does not
    // run as root (which it refuses), even when the tests do.
    if (isRoot()) {
      command.add("unshare");
      command.add("-U");
    }
    command.add(postgres.toString());
    command.add("-D");
    command.add(dataDirectory.toString());
    command.addAll(options);
    try {
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(
              ProcessBuilder.Redirect.appendTo(
                  dataDirectory
                      .resolveSibling(dataDirectory.getFileName() + "-restart.log")
                      .toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try (Connection c =
          DriverManager.getConnection(
              EmbeddedPostgresResource.jdbcUrl("postgres"), "postgres", "postgres")) {
        return;
      } catch (SQLException recovering) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("PostgreSQL did not come back in 60 s");
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
