package org.puente.removals.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.puente.removals.Fixtures;

/**
 * Oversight statistics with real numbers: exact for PA-SNM; for US-DHS and US-DOS every count under
 * 5 hidden, per column, with what would reveal it, and what is shown adds up.
 */
@QuarkusTest
class OversightStatisticsTest {

  private static final String PATH = "/api/v1/removals/statistics/oversight";

  /** A year of its own for each test: nothing else happens in the 1800s. */
  private static final AtomicInteger YEARS =
      new AtomicInteger(1800 + (int) (System.nanoTime() % 40));

  /**
   * {@code n} people of one nationality and sex, born on {@code born}, with every event on {@code
   * day} except the removal (on {@code removedOn}): a screening with this outcome, a claim with
   * this status, an order, an appeal with this status, a post-return contact (reached, with
   * concerns).
   */
  private static void people(
      String day,
      String nationality,
      String sex,
      String born,
      int n,
      String screening,
      String claim,
      boolean order,
      String appeal,
      String removedOn,
      String contact) {
    String removed = removedOn == null ? "null" : "date '" + removedOn + "'";
    StringBuilder sql =
        new StringBuilder(
            "with c as (insert into removal_case (id, owning_agency, status, given_names,"
                + " family_names, date_of_birth, nationality, sex, encountered_on,"
                + " encounter_place, removed_on, created_by, created_at, version)"
                + " select nextval('removal_case_seq'), 'PA-SNM', "
                + (removedOn == null ? "'SCREENING'" : "'REMOVED'")
                + ", 'Oversight', 'Case', date '"
                + born
                + "', '"
                + nationality
                + "', '"
                + sex
                + "', date '"
                + day
                + "' - 30, 'Lajas Blancas', "
                + removed
                + ", 'test', now(), 0 from generate_series(1, "
                + n
                + ") returning id)");
    sql.append(
        ", s as (insert into screening (id, case_id, screener, screener_officer_id,"
            + " certification_id, language, claim_expressed, outcome, screened_at, version)"
            + " select nextval('screening_seq'), id, 'test', 1, 1, 'es', false, '"
            + screening
            + "', (date '"
            + day
            + "' + time '12:00') at time zone 'America/Panama', 0 from c)");
    if (claim != null) {
      sql.append(
          ", p as (insert into protection_claim (id, case_id, filed_on, grounds, status,"
              + " decided_on, version) select nextval('protection_claim_seq'), id, date '"
              + day
              + "', 'Fear', '"
              + claim
              + "', date '"
              + day
              + "', 0 from c)");
    }
    if (order) {
      sql.append(
          ", o as (insert into removal_order (id, case_id, legal_basis, issued_on, notified_on,"
              + " appeal_deadline, appeal_suspensive, issued_by, version)"
              + " select nextval('removal_order_seq'), id, 'Decreto', date '"
              + day
              + "', date '"
              + day
              + "', date '"
              + day
              + "', false, 'test', 0 from c returning id)");
      if (appeal != null) {
        sql.append(
            ", a as (insert into appeal (id, order_id, filed_on, grounds, suspensive, status,"
                + " decided_on, deadline, order_issued_by, version) select nextval('appeal_seq'), id,"
                + " date '"
                + day
                + "', 'Grounds', false, '"
                + appeal
                + "', date '"
                + day
                + "', date '"
                + day
                + "', 'test', 0 from o)");
      }
    }
    if (contact != null) {
      boolean reached = !contact.equals("unreached");
      boolean concerns = contact.equals("concerns");
      sql.append(
          ", r as (insert into post_return_contact (id, case_id, contacted_on, reached,"
              + " concerns_reported, concerns, recorded_by, recorded_at, version)"
              + " select nextval('post_return_contact_seq'), id, date '"
              + removedOn
              + "' + 7, "
              + reached
              + ", "
              + concerns
              + ", null, 'test', now(), 0 from c)");
    }
    sql.append(" select count(*) from c");
    Fixtures.execute(sql.toString());
  }

  private static JsonPath table(String token, String from, String to, String by) {
    return given()
        .header("Authorization", token)
        .queryParams(Map.of("from", from, "to", to, "by", by))
        .get(PATH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Row group → column → count (null when hidden), totals under "TOTAL". */
  private static Map<String, Map<String, Object>> counts(JsonPath table) {
    Map<String, Map<String, Object>> out = new HashMap<>();
    List<Map<String, Object>> rows = table.getList("rows");
    for (Map<String, Object> row : rows) {
      out.put((String) row.get("group"), counts(row));
    }
    out.put("TOTAL", counts(table.getMap("totals")));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> counts(Map<String, Object> row) {
    Map<String, Object> c = new HashMap<>((Map<String, Object>) row.get("counts"));
    for (String hidden : (List<String>) row.get("suppressed")) {
      assertNull(c.get(hidden), hidden + " is listed hidden and has no count");
      c.put(hidden, null);
    }
    return c;
  }

  private static Long n(Map<String, Map<String, Object>> t, String row, String column) {
    Object v = t.get(row).get(column);
    return v == null ? null : ((Number) v).longValue();
  }

  private static void seed(int y) {
    String adult = (y - 30) + "-01-01";
    String minor = (y - 10) + "-01-01";
    String day = y + "-03-10";
    String removed = y + "-03-20";
    people(day, "XA", "M", adult, 10, "SCREENED_OUT", null, true, null, removed, "reached");
    people(day, "XA", "F", minor, 3, "SCREENED_IN", "GRANTED", false, null, null, null);
    people(
        day, "XB", "M", adult, 6, "SCREENED_IN", "DENIED", true, "DISMISSED", removed, "concerns");
    people(day, "XB", "F", adult, 2, "SCREENED_OUT", null, true, "ALLOWED", null, null);
    people(day, "XC", "M", adult, 7, "NO_CLAIM", null, false, null, removed, null);
    people(day, "XC", "F", adult, 1, "NO_CLAIM", null, false, null, removed, "unreached");
  }

  @Test
  void theOwningAgencySeesExactCountsThatAddUp() {
    int y = YEARS.getAndIncrement();
    seed(y);
    Map<String, Map<String, Object>> t =
        counts(table(Fixtures.SNM_AUDITOR, y + "-03-01", y + "-03-31", "nationality"));
    long[][] expected = {
      // screenings, screenedIn, claimsFiled, granted, denied, orders, appeals, allowed,
      // removals, contacts, reached, concerns
      {13, 3, 3, 3, 0, 10, 0, 0, 10, 10, 10, 0},
      {8, 6, 6, 0, 6, 8, 8, 2, 6, 6, 6, 6},
      {8, 0, 0, 0, 0, 0, 0, 0, 8, 1, 0, 0},
      {29, 9, 9, 3, 6, 18, 8, 2, 24, 17, 16, 6}
    };
    String[] rows = {"XA", "XB", "XC", "TOTAL"};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < OversightService.OVERSIGHT_COLUMNS.size(); c++) {
        String column = OversightService.OVERSIGHT_COLUMNS.get(c);
        assertEquals(expected[r][c], n(t, rows[r], column), rows[r] + " " + column);
      }
    }
    assertEquals(4, t.size(), "three nationalities and the totals: " + t.keySet());
  }

  @Test
  void partnersGetCountsUnderFiveHiddenWithWhatWouldRevealThem() {
    int y = YEARS.getAndIncrement();
    seed(y);
    for (String token : List.of(Fixtures.DHS_ADVISOR, Fixtures.DOS_FUNDING)) {
      JsonPath json = table(token, y + "-03", y + "-03", "nationality");
      assertEquals(5, json.getInt("suppressedBelow"));
      Map<String, Map<String, Object>> t = counts(json);
      // Screenings 13, 8, 8: nothing small, shown as they are.
      assertEquals(13L, n(t, "XA", "screenings"));
      assertEquals(29L, n(t, "TOTAL", "screenings"));
      // Screened in: XA 3 is hidden, and XB's 6 with it, else 9 - 6 would tell it.
      assertNull(n(t, "XA", "screenedIn"));
      assertNull(n(t, "XB", "screenedIn"));
      assertEquals(0L, n(t, "XC", "screenedIn"));
      assertEquals(9L, n(t, "TOTAL", "screenedIn"));
      // Granted: the only count is 3, so the total that equals it is hidden too.
      assertNull(n(t, "XA", "claimsGranted"));
      assertNull(n(t, "TOTAL", "claimsGranted"));
      // Denied 6, orders 10 and 8: shown.
      assertEquals(6L, n(t, "XB", "claimsDenied"));
      assertEquals(18L, n(t, "TOTAL", "removalOrders"));
      // Appeals allowed 2: hidden with its total.
      assertNull(n(t, "XB", "appealsAllowed"));
      assertNull(n(t, "TOTAL", "appealsAllowed"));
      // Contacts 10, 6, 1: the 1 is hidden, and the 6 with it; 10 and the total stay.
      assertEquals(10L, n(t, "XA", "postReturnContacts"));
      assertNull(n(t, "XB", "postReturnContacts"));
      assertNull(n(t, "XC", "postReturnContacts"));
      assertEquals(17L, n(t, "TOTAL", "postReturnContacts"));
      // Nothing shown is under 5 (but 0), and what is shown never exceeds its total.
      for (String column : OversightService.OVERSIGHT_COLUMNS) {
        long shown = 0;
        int hidden = 0;
        for (String row : List.of("XA", "XB", "XC")) {
          Long v = n(t, row, column);
          if (v == null) {
            hidden++;
          } else {
            assertTrue(v == 0 || v >= 5, row + " " + column + " = " + v);
            shown += v;
          }
        }
        Long total = n(t, "TOTAL", column);
        if (total != null) {
          assertTrue(total == 0 || total >= 5, "total " + column + " = " + total);
          if (hidden == 0) {
            assertEquals(total, shown, column + " adds up");
          } else {
            assertTrue(hidden >= 2 && total - shown >= 5, column + " hidden cells protected");
          }
        }
      }
    }
  }

  @Test
  void theAgeBandIsTheAgeOnTheEventsDate() {
    int y = YEARS.getAndIncrement();
    seed(y);
    // Eighteen on the 15th of March: screened a minor on the 10th, removed an adult on the 20th.
    people(
        y + "-03-10",
        "XD",
        "F",
        (y - 18) + "-03-15",
        1,
        "SCREENED_OUT",
        null,
        false,
        null,
        y + "-03-20",
        null);
    Map<String, Map<String, Object>> t =
        counts(table(Fixtures.SNM_AUDITOR, y + "-03-01", y + "-03-31", "ageBand"));
    assertEquals(4L, n(t, "MINOR", "screenings"));
    assertEquals(26L, n(t, "ADULT", "screenings"));
    assertEquals(0L, n(t, "MINOR", "removals"));
    assertEquals(25L, n(t, "ADULT", "removals"));
    assertEquals(3L, n(t, "MINOR", "claimsGranted"));
    // For a partner the 4 minors are hidden, and so the adults' 26 (else 30 - 26).
    Map<String, Map<String, Object>> p =
        counts(table(Fixtures.DHS_ADVISOR, y + "-03", y + "-03", "ageBand"));
    assertNull(n(p, "MINOR", "screenings"));
    assertNull(n(p, "ADULT", "screenings"));
    assertEquals(30L, n(p, "TOTAL", "screenings"));
    assertEquals(25L, n(p, "ADULT", "removals"));
  }

  @Test
  void bySexAsCsvAndRefusals() {
    int y = YEARS.getAndIncrement();
    seed(y);
    String csv =
        given()
            .header("Authorization", Fixtures.SNM_AUDITOR)
            .header("Accept", "text/csv")
            .queryParams(Map.of("from", y + "-03", "to", y + "-03", "by", "sex"))
            .get(PATH)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertEquals("sex," + String.join(",", OversightService.OVERSIGHT_COLUMNS), lines.get(0));
    assertEquals("F,6,3,3,3,0,2,2,2,1,1,0,0", lines.get(1));
    assertEquals("M,23,6,6,0,6,16,6,0,23,16,16,6", lines.get(2));
    assertEquals("TOTAL,29,9,9,3,6,18,8,2,24,17,16,6", lines.get(3));
    // A partner's CSV leaves hidden cells empty.
    String partner =
        given()
            .header("Authorization", Fixtures.DHS_ADVISOR)
            .header("Accept", "text/csv")
            .queryParams(Map.of("from", y + "-03", "to", y + "-03", "by", "sex"))
            .get(PATH)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(partner.lines().anyMatch(l -> l.startsWith("F,6,,")), partner);
    // Part of a month, or an unknown grouping: 400 naming the field.
    given()
        .header("Authorization", Fixtures.DHS_ADVISOR)
        .queryParams(Map.of("from", y + "-03-02", "to", y + "-03-31"))
        .get(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(containsString("whole months"));
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .queryParams(Map.of("from", y + "-03", "to", y + "-03", "by", "religion"))
        .get(PATH)
        .then()
        .statusCode(400)
        .body(containsString("by"));
  }
}
