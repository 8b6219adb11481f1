package org.puente.removals.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.puente.testing.TestTokens;

/**
 * Removal and case statistics over HTTP: partners ask for whole months and get small counts hidden
 * with whatever would reveal them; the owning agency gets exact counts for any days.
 */
@QuarkusTest
class StatisticsTest {

  private static final String PATH = "/api/v1/removals/statistics/removals";
  private static final String DHS_ADVISOR = Fixtures.DHS_ADVISOR;
  private static final String DOS_FUNDING = Fixtures.DOS_FUNDING;
  private static final String SNM_AUDITOR =
      TestTokens.user("snm-statistician").agency("PA-SNM").roles("auditor").bearer();

  /** A year of its own for each test: nobody else removes anyone in the 1900s. */
  private static final AtomicInteger YEARS =
      new AtomicInteger(1900 + (int) (System.nanoTime() % 40));

  private static int freshYear() {
    return YEARS.getAndIncrement();
  }

  /** The last day of February: the 29th in a leap year, which a test's year may be. */
  private static String endOfFebruary(int year) {
    return java.time.YearMonth.of(year, 2).atEndOfMonth().toString();
  }

  /** {@code count} removals of one nationality on one day, straight into the table. */
  private static void removals(String day, String nationality, int count) {
    Fixtures.execute(
        "insert into removal_case (id, owning_agency, status, given_names, family_names,"
            + " nationality, sex, encountered_on, encounter_place, removed_on, created_by,"
            + " created_at, version)"
            + " select nextval('removal_case_seq'), 'PA-SNM', 'REMOVED', 'Stat', 'Case', '"
            + nationality
            + "', 'F', date '"
            + day
            + "' - 10, 'Lajas Blancas', date '"
            + day
            + "', 'test', now(), 0 from generate_series(1, "
            + count
            + ")");
  }

  private static JsonPath table(String token, String from, String to, String groupBy) {
    return given()
        .header("Authorization", token)
        .queryParams(Map.of("from", from, "to", to, "groupBy", groupBy))
        .get(PATH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> cell(JsonPath table, String month, String nationality) {
    List<Map<String, Object>> cells = table.getList("cells");
    return cells.stream()
        .filter(c -> java.util.Objects.equals(c.get("month"), month))
        .filter(c -> java.util.Objects.equals(c.get("nationality"), nationality))
        .findFirst()
        .orElseThrow(() -> new AssertionError(month + "/" + nationality + " in " + cells));
  }

  private static long changes() {
    return Fixtures.count("select count(*) from removal_case")
        + Fixtures.count("select count(*) from disclosure_log")
        + Fixtures.count("select count(*) from case_event");
  }

  @Test
  void aPartnerAskingForPartOfAMonthIsRefusedAndNothingChanges() {
    int year = freshYear();
    removals(year + "-03-10", "QA", 7);
    long before = changes();
    for (String token : List.of(DHS_ADVISOR, DOS_FUNDING)) {
      given()
          .header("Authorization", token)
          .queryParams(Map.of("from", year + "-03-02", "to", year + "-03-31"))
          .get(PATH)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:puente:problem:validation"))
          .body("errors[0].field", equalTo("from"))
          .body("detail", org.hamcrest.Matchers.containsString("whole months"));
      given()
          .header("Authorization", token)
          .queryParams(Map.of("from", year + "-03-01", "to", year + "-03-30"))
          .get(PATH)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("to"));
    }
    // Not a month at all: the field is named too.
    given()
        .header("Authorization", DHS_ADVISOR)
        .queryParams(Map.of("from", year + "-13", "to", year + "-03"))
        .get(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    assertEquals(before, changes());
  }

  @Test
  void aPartnerGetsWholeMonthsWithSmallCountsAndWhatRevealsThemHidden() {
    int year = freshYear();
    // January: QA 12, QB 3, QC 20; February: QA 9, QB 8, QC 30.
    removals(year + "-01-05", "QA", 12);
    removals(year + "-01-31", "QB", 3);
    removals(year + "-01-20", "QC", 20);
    removals(year + "-02-01", "QA", 9);
    removals(year + "-02-28", "QB", 8);
    removals(year + "-02-14", "QC", 30);
    // Months as YYYY-MM, or dates that are whole months: the same answer.
    JsonPath cells = table(DHS_ADVISOR, year + "-01", year + "-02", "month,nationality");
    assertEquals(
        cells.getList("cells"),
        table(DHS_ADVISOR, year + "-01-01", endOfFebruary(year), "month,nationality")
            .getList("cells"));
    assertEquals(5, cells.getInt("suppressedBelow"));
    assertEquals(endOfFebruary(year), cells.getString("to"));
    String jan = year + "-01";
    String feb = year + "-02";
    assertEquals(true, cell(cells, jan, "QB").get("suppressed"));
    assertNull(cell(cells, jan, "QB").get("count"));
    // QA's 12 is January's next smallest: hidden with QB's 3, or the total would tell the 3.
    assertEquals(true, cell(cells, jan, "QA").get("suppressed"));
    assertEquals(20, cell(cells, jan, "QC").get("count"));
    assertEquals(9, cell(cells, feb, "QA").get("count"));
    assertEquals(8, cell(cells, feb, "QB").get("count"));
    assertEquals(82, cells.getInt("total"));
    assertEquals(false, cells.getBoolean("totalSuppressed"));
    // What the total leaves for the hidden cells is neither one cell nor under 5.
    List<Map<String, Object>> all = cells.getList("cells");
    long shown =
        all.stream()
            .filter(c -> !(Boolean) c.get("suppressed"))
            .mapToLong(c -> ((Number) c.get("count")).longValue())
            .sum();
    long hidden = all.stream().filter(c -> (Boolean) c.get("suppressed")).count();
    assertTrue(hidden >= 2 && 82 - shown >= 5, hidden + " hidden, " + (82 - shown) + " in them");

    // By nationality over both months: QA and QB each have a hidden January, so they are hidden;
    // otherwise subtracting February (9 and 8) would tell January's 12 and 3.
    JsonPath byNationality = table(DOS_FUNDING, jan, feb, "nationality");
    assertEquals(true, cell(byNationality, null, "QA").get("suppressed"));
    assertEquals(true, cell(byNationality, null, "QB").get("suppressed"));
    assertEquals(50, cell(byNationality, null, "QC").get("count"));
    JsonPath february = table(DOS_FUNDING, feb, feb, "nationality");
    assertEquals(8, cell(february, null, "QB").get("count"));
    // By month: both months keep their totals.
    JsonPath byMonth = table(DOS_FUNDING, jan, feb, "month");
    assertEquals(35, cell(byMonth, jan, null).get("count"));
    assertEquals(47, cell(byMonth, feb, null).get("count"));
  }

  @Test
  void aMonthTooSmallToKeepItsTotalHidesEveryTotalOverIt() {
    int year = freshYear();
    removals(year + "-06-03", "QD", 2);
    removals(year + "-06-04", "QE", 1);
    removals(year + "-07-09", "QD", 25);
    given()
        .header("Authorization", DHS_ADVISOR)
        .queryParams(Map.of("from", year + "-06", "to", year + "-07", "groupBy", "month"))
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", nullValue())
        .body("totalSuppressed", equalTo(true))
        .body("cells.find { it.month == '" + year + "-06' }.suppressed", equalTo(true))
        .body("cells.find { it.month == '" + year + "-07' }.count", equalTo(25));
    given()
        .header("Authorization", DHS_ADVISOR)
        .queryParams(Map.of("from", year + "-07", "to", year + "-07", "groupBy", "month"))
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", equalTo(25))
        .body("totalSuppressed", equalTo(false));
  }

  @Test
  void theOwningAgencySeesExactCountsForAnyDays() {
    int year = freshYear();
    removals(year + "-04-10", "QF", 3);
    removals(year + "-04-20", "QF", 1);
    removals(year + "-05-02", "QG", 2);
    JsonPath table = table(SNM_AUDITOR, year + "-04-15", year + "-05-02", "month,nationality");
    assertNull(table.get("suppressedBelow"));
    assertEquals(1, cell(table, year + "-04", "QF").get("count"));
    assertEquals(2, cell(table, year + "-05", "QG").get("count"));
    assertEquals(3, table.getInt("total"));
    assertEquals(false, table.getBoolean("totalSuppressed"));
    JsonPath byNationality = table(SNM_AUDITOR, year + "-04", year + "-05", "nationality");
    assertEquals(4, cell(byNationality, null, "QF").get("count"));
    assertEquals(false, cell(byNationality, null, "QF").get("suppressed"));
  }

  @Test
  void casesByStatusForAPartnerFollowTheRuleAppliedToTheOwnersCounts() {
    Fixtures.openCase("CO");
    JsonPath owner =
        given()
            .header("Authorization", Fixtures.SNM_SUPERVISOR)
            .get("/api/v1/removals/statistics/cases")
            .then()
            .statusCode(200)
            .body("totalSuppressed", equalTo(false))
            .extract()
            .jsonPath();
    List<Long> counts =
        owner.getList("cells.count", Number.class).stream().map(Number::longValue).toList();
    SmallCells.Suppression expected = SmallCells.suppress(counts, 5);
    JsonPath partner =
        given()
            .header("Authorization", DOS_FUNDING)
            .get("/api/v1/removals/statistics/cases")
            .then()
            .statusCode(200)
            .body("suppressedBelow", equalTo(5))
            .extract()
            .jsonPath();
    assertEquals(owner.getList("cells.status"), partner.getList("cells.status"));
    List<Boolean> suppressed = partner.getList("cells.suppressed", Boolean.class);
    List<Object> shown = partner.getList("cells.count");
    boolean[] actual = new boolean[suppressed.size()];
    for (int i = 0; i < actual.length; i++) {
      actual[i] = suppressed.get(i);
      Object count = actual[i] ? null : counts.get(i).intValue();
      assertEquals(count, shown.get(i), "status " + owner.getList("cells.status").get(i));
    }
    assertArrayEquals(expected.hidden(), actual);
    assertEquals(expected.totalHidden(), partner.getBoolean("totalSuppressed"));
    if (!expected.totalHidden()) {
      assertEquals(owner.getLong("total"), partner.getLong("total"));
    }
  }
}
