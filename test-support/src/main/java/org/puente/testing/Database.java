package org.puente.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct SQL on a service's test database, for what a test must see beneath the API: that a refused
 * request changed nothing, that the ledger sums match, that the database itself refuses.
 */
public final class Database {

  private final String name;

  private Database(String name) {
    this.name = name;
  }

  /** The database of that name on the shared embedded server. */
  public static Database named(String name) {
    return new Database(name);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(
        EmbeddedPostgresResource.jdbcUrl(name), "postgres", "postgres");
  }

  /** The first column of the first row, as a number (e.g. {@code select count(*) ...}). */
  public long count(String sql) {
    return ((Number) scalar(sql)).longValue();
  }

  /** The first column of the first row, as a decimal amount. */
  public BigDecimal amount(String sql) {
    return (BigDecimal) scalar(sql);
  }

  public void execute(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a statement the database must refuse; returns its message (null if it was accepted). */
  public String refused(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  private Object scalar(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
