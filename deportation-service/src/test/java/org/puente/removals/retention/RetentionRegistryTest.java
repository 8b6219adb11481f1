package org.puente.removals.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.removals.Fixtures;
import org.puente.removals.retention.PersonalDataRegistry.PersonalTable;

/**
 * Keeps the retention run complete as the schema grows: every text column (text, varchar, char,
 * json, arrays, tsvector) of every table must be classified in {@link PersonalDataRegistry}, as
 * personal (and replaced), kept (not personal) or purged. A new table or column fails here until
 * someone decides which it is.
 */
@QuarkusTest
class RetentionRegistryTest {

  @Test
  void everyTextColumnOfTheSchemaIsClassified() throws SQLException {
    List<String> unclassified = new ArrayList<>();
    Set<String> existing = new HashSet<>();
    try (Connection c = Fixtures.connection()) {
      try (var st =
              c.prepareStatement(
                  "select table_name || '.' || column_name from information_schema.columns"
                      + " where table_schema = current_schema()");
          var rs = st.executeQuery()) {
        while (rs.next()) {
          existing.add(rs.getString(1));
        }
      }
      for (String[] col : RetentionRunTest.textColumns(c)) {
        if (PersonalDataRegistry.classify(col[0], col[1]).isEmpty()) {
          unclassified.add(col[0] + "." + col[1]);
        }
      }
    }
    assertEquals(
        List.of(),
        unclassified,
        "text columns not classified in PersonalDataRegistry (personal, kept or purged)");
    // And every personal column the registry names exists: a rename must not silently skip one.
    List<String> missing = new ArrayList<>();
    for (PersonalTable t : PersonalDataRegistry.PERSONAL) {
      for (String table : t.tables()) {
        for (String column : t.personal().keySet()) {
          if (!existing.contains(table + "." + column)) {
            missing.add(table + "." + column);
          }
        }
      }
    }
    assertEquals(
        List.of(), missing, "personal columns named in the registry but not in the schema");
  }
}
