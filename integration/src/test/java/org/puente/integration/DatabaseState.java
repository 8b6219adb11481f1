package org.puente.integration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.puente.testing.EmbeddedPostgresResource;

/**
 * A fingerprint of a service's database: the row count of every table and the sum of every {@code
 * version} column, in one query. Equal fingerprints before and after a request mean the request
 * changed nothing.
 */
final class DatabaseState {

  private DatabaseState() {}

  static String database(String service) {
    return switch (service) {
      case "training" -> "it_training";
      case "removals" -> "it_removals";
      case "funding" -> "it_funding";
      default -> throw new IllegalArgumentException(service);
    };
  }

  private static final java.util.Map<String, String> QUERIES = new java.util.HashMap<>();

  static String fingerprint(String service) {
    String db = database(service);
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl(db), "postgres", "postgres");
        Statement s = c.createStatement()) {
      String query = QUERIES.computeIfAbsent(db, d -> query(s));
      try (ResultSet rs = s.executeQuery(query)) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String query(Statement s) {
    List<String> parts = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "select t.table_name, exists (select 1 from information_schema.columns c where"
                + " c.table_name = t.table_name and c.column_name = 'version') from"
                + " information_schema.tables t where t.table_schema = 'public' and t.table_type"
                + " = 'BASE TABLE' and t.table_name <> 'flyway_schema_history' order by 1")) {
      while (rs.next()) {
        String table = rs.getString(1);
        parts.add(
            "'"
                + table
                + "=' || (select count(*)"
                + (rs.getBoolean(2) ? " || '/' || coalesce(sum(version), 0)" : "")
                + " from "
                + table
                + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return "select " + String.join(" || ' ' || ", parts);
  }
}
