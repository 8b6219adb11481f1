package org.puente.removals.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.puente.removals.Fixtures;

/** Complaints by category and outcome: exact for PA-SNM, small cells hidden for partners. */
@QuarkusTest
class ComplaintStatisticsTest {

  private static final String PATH = "/api/v1/removals/statistics/complaints";

  /** A year of its own for each test: no complaint is received in the 1700s. */
  private static final AtomicInteger YEARS =
      new AtomicInteger(1700 + (int) (System.nanoTime() % 40));

  private static void complaints(String day, String category, String outcome, int n) {
    Fixtures.execute(
        "insert into complaint (id, owning_agency, complainant, on_behalf, channel, category,"
            + " received_on, summary, status, acknowledge_by, decide_by, outcome, decision,"
            + " recorded_by, recorded_by_agency, recorded_at, version)"
            + " select nextval('complaint_seq'), 'PA-SNM', 'Stat Complainant', false, 'LETTER', '"
            + category
            + "', date '"
            + day
            + "', 'Summary', "
            + (outcome == null ? "'RECEIVED'" : "'DECIDED'")
            + ", date '"
            + day
            + "' + 7, date '"
            + day
            + "' + 42, "
            + (outcome == null ? "null, null" : "'" + outcome + "', 'Reasons'")
            + ", 'test', 'PA-SNM', now(), 0 from generate_series(1, "
            + n
            + ")");
  }

  @SuppressWarnings("unchecked")
  private static Long cell(JsonPath t, String category, String column) {
    Map<String, Object> row =
        category.equals("TOTAL")
            ? t.getMap("totals")
            : t.getList("rows", Map.class).stream()
                .filter(r -> category.equals(r.get("group")))
                .findFirst()
                .orElseThrow();
    Object v = ((Map<String, Object>) row.get("counts")).get(column);
    if (((List<String>) row.get("suppressed")).contains(column)) {
      assertNull(v);
      return null;
    }
    return ((Number) v).longValue();
  }

  private static JsonPath table(String token, String from, String to) {
    return given()
        .header("Authorization", token)
        .queryParams(Map.of("from", from, "to", to))
        .get(PATH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void byCategoryAndOutcomeWithSmallCellsHiddenFromPartners() {
    int y = YEARS.getAndIncrement();
    complaints(y + "-05-03", "TREATMENT", null, 6);
    complaints(y + "-05-10", "USE_OF_FORCE", "UPHELD", 2);
    complaints(y + "-05-11", "USE_OF_FORCE", "NOT_UPHELD", 5);
    complaints(y + "-05-31", "MEDICAL_CARE", null, 1);

    JsonPath exact = table(Fixtures.SNM_AUDITOR, y + "-05-01", y + "-05-31");
    assertEquals(
        List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD", "WITHDRAWN", "OPEN"),
        exact.getList("columns"));
    assertEquals(9, exact.getList("rows").size(), "every category, counted or not");
    assertEquals(6L, cell(exact, "TREATMENT", "OPEN"));
    assertEquals(1L, cell(exact, "MEDICAL_CARE", "OPEN"));
    assertEquals(2L, cell(exact, "USE_OF_FORCE", "UPHELD"));
    assertEquals(5L, cell(exact, "USE_OF_FORCE", "NOT_UPHELD"));
    assertEquals(0L, cell(exact, "PROPERTY", "OPEN"));
    assertEquals(7L, cell(exact, "TOTAL", "OPEN"));
    assertEquals(2L, cell(exact, "TOTAL", "UPHELD"));

    for (String token : List.of(Fixtures.DHS_ADVISOR, Fixtures.DOS_FUNDING)) {
      JsonPath partner = table(token, y + "-05", y + "-05");
      // OPEN: 1 is hidden and 6 with it; the total 7 stays.
      assertNull(cell(partner, "MEDICAL_CARE", "OPEN"));
      assertNull(cell(partner, "TREATMENT", "OPEN"));
      assertEquals(7L, cell(partner, "TOTAL", "OPEN"));
      // UPHELD: the only count is 2, its total too.
      assertNull(cell(partner, "USE_OF_FORCE", "UPHELD"));
      assertNull(cell(partner, "TOTAL", "UPHELD"));
      assertEquals(5L, cell(partner, "USE_OF_FORCE", "NOT_UPHELD"));
      assertEquals(5L, cell(partner, "TOTAL", "NOT_UPHELD"));
    }

    String csv =
        given()
            .header("Authorization", Fixtures.DHS_ADVISOR)
            .header("Accept", "text/csv")
            .queryParams(Map.of("from", y + "-05", "to", y + "-05"))
            .get(PATH)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertEquals("category,UPHELD,PARTLY_UPHELD,NOT_UPHELD,WITHDRAWN,OPEN", lines.get(0));
    assertTrue(lines.contains("USE_OF_FORCE,,0,5,0,0"), csv);
    assertTrue(lines.contains("TOTAL,,0,5,0,7"), csv);
  }
}
