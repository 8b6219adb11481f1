package org.puente.removals.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.common.paging.Cursor;
import org.puente.common.paging.PageRequest;
import org.puente.removals.Fixtures;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.FlagType;
import org.puente.removals.synthetic.SyntheticCases;

/**
 * With 100,000 generated cases, every list filter is served by an index (no sequential scan of the
 * case table), and a year's statistics match the data.
 */
@QuarkusTest
class CaseIndexTest {

  private static final int CASES = 100_000;
  private static final int YEAR = 2023;
  private static boolean loaded;

  @Inject CaseRepository repository;
  @Inject EntityManager em;

  @BeforeAll
  static void load() throws Exception {
    if (loaded) {
      return;
    }
    SyntheticCases generator =
        new SyntheticCases(2023, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
    String[] statuses = {
      "OPEN", "SCREENING", "PROTECTION_CLAIM_PENDING", "ENFORCEABLE", "REMOVED", "RELEASED"
    };
    Random random = new Random(7);
    try (Connection c = Fixtures.connection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into removal_case (id, owning_agency, status, given_names, family_names,"
                  + " date_of_birth, nationality, sex, encountered_on, encounter_place,"
                  + " biometric_reference, removed_on, created_by, created_at, version)"
                  + " values (nextval('removal_case_seq'), 'PA-SNM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " 'generator', now(), 0)")) {
        for (int i = 0; i < CASES; i++) {
          CaseRequest r = generator.next();
          String status = statuses[random.nextInt(statuses.length)];
          insert.setString(1, status);
          insert.setString(2, r.givenNames());
          insert.setString(3, r.familyNames());
          insert.setDate(4, Date.valueOf(r.dateOfBirth()));
          insert.setString(5, r.nationality());
          insert.setString(6, r.sex());
          insert.setDate(7, Date.valueOf(r.encounteredOn()));
          insert.setString(8, r.encounterPlace());
          insert.setString(9, r.biometricReference());
          insert.setDate(
              10,
              status.equals("REMOVED")
                  ? Date.valueOf(r.encounteredOn().plusDays(20 + random.nextInt(40)))
                  : null);
          insert.addBatch();
          if (i % 5000 == 4999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "insert into case_flag (id, case_id, type, reason, raised_by, raised_at, version)"
                + " select nextval('case_flag_seq'), id, 'MEDICAL', 'generated', 'generator', now(), 0"
                + " from removal_case where created_by = 'generator' and id % 97 = 0");
        c.commit();
        s.execute("analyze removal_case");
        s.execute("analyze case_flag");
      }
    }
    loaded = true;
  }

  private String plan(CaseFilter filter, String cursor) {
    CaseRepository.ListQuery q =
        repository.listQuery(
            new CaseRepository.Scope("PA-SNM", List.of(), List.of()),
            filter,
            PageRequest.of("50", cursor));
    Query explain = em.createNativeQuery("explain " + q.sql());
    q.params().forEach(explain::setParameter);
    @SuppressWarnings("unchecked")
    List<Object> rows = explain.getResultList();
    return String.join("\n", rows.stream().map(Object::toString).toList());
  }

  @Test
  void everyListFilterIsServedByAnIndex() {
    Map<String, CaseFilter> filters = new HashMap<>();
    filters.put("none", CaseFilter.NONE);
    filters.put("status", new CaseFilter(CaseStatus.ENFORCEABLE, null, null, null, null, null));
    filters.put("nationality", new CaseFilter(null, "HT", null, null, null, null));
    filters.put("common nationality", new CaseFilter(null, "VE", null, null, null, null));
    filters.put("open flag", new CaseFilter(null, null, FlagType.MEDICAL, null, null, null));
    filters.put(
        "encounter dates",
        new CaseFilter(null, null, null, LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 7), null));
    filters.put("text", new CaseFilter(null, null, null, null, null, "maria gonz"));
    filters.put(
        "flags due",
        new CaseFilter(
            null,
            null,
            null,
            null,
            null,
            null,
            LocalDate.of(YEAR, 3, 1),
            null,
            null,
            false,
            false));
    filters.put(
        "appeal windows closing",
        new CaseFilter(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            LocalDate.of(YEAR, 3, 1),
            LocalDate.of(YEAR, 3, 8),
            false,
            false));
    filters.put(
        "claims pending",
        new CaseFilter(null, null, null, null, null, null, null, null, null, true, false));
    filters.put(
        "screenings awaiting review",
        new CaseFilter(null, null, null, null, null, null, null, null, null, false, true));
    filters.put(
        "everything",
        new CaseFilter(
            CaseStatus.REMOVED,
            "VE",
            null,
            LocalDate.of(YEAR, 1, 1),
            LocalDate.of(YEAR, 6, 30),
            "jose"));
    String deep = Cursor.encode(Long.MAX_VALUE / 2);
    for (Map.Entry<String, CaseFilter> f : filters.entrySet()) {
      for (String cursor : new String[] {null, deep}) {
        String plan = plan(f.getValue(), cursor);
        assertFalse(
            plan.contains("Seq Scan on removal_case"),
            "filter '" + f.getKey() + "' scans the case table:\n" + plan);
      }
    }
  }

  @Test
  void aYearOfStatisticsMatchesTheData() throws Exception {
    Map<String, Long> expected = new HashMap<>();
    try (Connection c = Fixtures.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select to_char(removed_on, 'YYYY-MM') || '/' || nationality, count(*) from removal_case"
                    + " where owning_agency = 'PA-SNM' and removed_on between '"
                    + YEAR
                    + "-01-01' and '"
                    + YEAR
                    + "-12-31' group by 1")) {
      while (rs.next()) {
        expected.put(rs.getString(1), rs.getLong(2));
      }
    }
    JsonPath table =
        given()
            .header("Authorization", Fixtures.SNM_SUPERVISOR)
            .queryParam("from", YEAR + "-01-01")
            .queryParam("to", YEAR + "-12-31")
            .get("/api/v1/removals/statistics/removals")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Long> actual = new HashMap<>();
    List<Map<String, Object>> cells = table.getList("cells");
    for (Map<String, Object> cell : cells) {
      actual.put(
          cell.get("month") + "/" + cell.get("nationality"),
          ((Number) cell.get("count")).longValue());
    }
    assertEquals(expected, actual);
    assertEquals(
        expected.values().stream().mapToLong(Long::longValue).sum(), table.getLong("total"));
    assertFalse(expected.isEmpty());
  }
}
