package org.puente.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.puente.testing.EmbeddedPostgresResource;

/** Grows the case table to a size, in bulk (the page benchmark's data; owned by US-DHS). */
final class Cases {

  private Cases() {}

  static void fill(String database, long size) {
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl(database), "postgres", "postgres");
        Statement s = c.createStatement()) {
      long now;
      try (ResultSet rs =
          s.executeQuery("select count(*) from removal_case where owning_agency = 'US-DHS'")) {
        rs.next();
        now = rs.getLong(1);
      }
      if (now < size) {
        s.execute(
            "insert into removal_case (id, owning_agency, status, given_names, family_names,"
                + " date_of_birth, nationality, sex, encountered_on, encounter_place, created_by,"
                + " created_at, version) select nextval('removal_case_seq'), 'US-DHS',"
                + " (array['OPEN','SCREENING','ENFORCEABLE','REMOVED','CLOSED'])[1 + g % 5], 'Bench',"
                + " 'Persona ' || g, date '1980-01-01' + (g % 9000),"
                + " (array['VE','EC','CO','HT','CN','IN','AF'])[1 + g % 7], 'F',"
                + " current_date - (g % 365), 'Lajas Blancas', 'bench', now(), 0"
                + " from generate_series(1, "
                + (size - now)
                + ") g");
      }
      // Vacuumed as well as analysed: otherwise autovacuum takes up a million fresh rows while the
      // pages are timed, and their first readers set the rows' hint bits, both on the load core.
      s.execute("vacuum analyze removal_case");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
