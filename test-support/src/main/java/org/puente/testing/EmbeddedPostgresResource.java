package org.puente.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL 17 for tests, from the embedded binaries: one server per test JVM on 127.0.0.1
 * and a random port, one database per service (init arg {@code database}). Flyway migrates it when
 * the service starts. The server stops with the JVM.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedPostgres server;

  private String database = "puente";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    EmbeddedPostgres pg = server();
    createDatabase(pg, database);
    return Map.of(
        "quarkus.datasource.jdbc.url", jdbcUrl(database),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void stop() {
    // The server is shared by every test of this JVM and stops with it.
  }

  /** The JDBC URL of a database on the shared server, for tests that inspect it directly. */
  public static String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database;
  }

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server =
            EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException ignored) {
                      // the JVM is going away; the data directory is temporary
                    }
                  }));
    }
    return server;
  }

  /** Creates the database on the shared server if missing; its JDBC URL. */
  public static String database(String name) {
    createDatabase(server(), name);
    return jdbcUrl(name);
  }

  private static void createDatabase(EmbeddedPostgres pg, String name) {
    if (!name.matches("[a-z_]+")) {
      throw new IllegalArgumentException("database names are lower-case words: " + name);
    }
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
  }
}
