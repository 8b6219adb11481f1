package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.common.history.FieldChangeView;
import org.puente.common.history.RecordChangeKind;
import org.puente.common.history.RecordChangeView;
import org.puente.common.security.Agency;
import org.puente.removals.api.CaseReadView;

/**
 * The history page of a record and the audit page's read log and exports, as drawn from the
 * services' answers with the real templates, words and policy (rendered as {@link CasePageTest}).
 */
class RecordHistoryPageTest {

  private static final CasePageTest.User AUDITOR =
      new CasePageTest.User("snm-auditor", Set.of("auditor"), "PA-SNM");

  private static final List<RecordChangeView> CHANGES =
      List.of(
          new RecordChangeView(
              1,
              Instant.parse("2026-11-20T15:00:00Z"),
              "snm-officer",
              Agency.PA_SNM,
              "req-open-1",
              RecordChangeKind.ADD,
              List.of(
                  new FieldChangeView("status", null, "OPEN"),
                  new FieldChangeView("nationality", null, "CO"))),
          new RecordChangeView(
              51,
              Instant.parse("2026-11-21T15:00:00Z"),
              "system",
              null,
              null,
              RecordChangeKind.MODIFY,
              List.of(new FieldChangeView("status", "OPEN", "SCREENING"))));

  @Test
  void eachChangeShowsWhoWhenWhichRequestAndEachFieldBeforeAndAfter() {
    String page = history("en", CHANGES, 200);
    assertTrue(page.contains("id=\"record-history\""), page);
    assertTrue(page.contains("snm-officer"));
    assertTrue(page.contains("<code>req-open-1</code>"));
    assertTrue(page.contains("Created"));
    assertTrue(page.contains("Changed"));
    assertTrue(page.contains("<code>status</code>: OPEN → SCREENING"), page);
    assertTrue(page.contains("<code>nationality</code>: — → CO"), page);
    String es = history("es", CHANGES, 200);
    assertTrue(es.contains("Historial"));
    assertTrue(es.contains("Creado"));
  }

  @Test
  void aRecordTheServiceDoesNotShowOrAKindItDoesNotKnowIsSaidSo() {
    String missing = history("en", null, 404);
    assertFalse(missing.contains("id=\"record-history\""));
    assertTrue(missing.contains(Texts.of("en").get("record_not_found")), missing);
    assertTrue(history("en", null, 400).contains(Texts.of("en").get("record_type_unknown")));
  }

  @Test
  void theAuditPageShowsOwnStaffsReadsAndOffersTheExportsTheAuditorMay() {
    String page =
        CasePageTest.ENGINE
            .getTemplate("audit")
            .instance()
            .setLocale("en")
            .data("user", AUDITOR)
            .data("fmt", new Fmt("en", java.time.ZoneId.of("America/Panama")))
            .data("lang", "en")
            .data("section", "audit")
            .data("here", "/portal/audit")
            .data("away", Map.of())
            .data("notice", null)
            .data("log", List.of())
            .data("logAvailable", true)
            .data("grants", List.of())
            .data("caseId", null)
            .data("history", null)
            .data("historyStatus", 0)
            .data("nextPage", null)
            .data(
                "reads",
                List.of(
                    new CaseReadView(
                        9,
                        7,
                        "snm-supervisor",
                        Agency.PA_SNM,
                        "case",
                        "req-read-9",
                        Instant.parse("2026-11-22T15:00:00Z"))))
            .data("exports", new java.util.TreeSet<>(Set.of("case-reads", "disclosures")))
            .render();
    assertTrue(page.contains("id=\"read-log\""), page);
    assertTrue(page.contains("snm-supervisor"));
    assertTrue(page.contains("<code>req-read-9</code>"));
    assertTrue(page.contains("href=\"/portal/audit/export/case-reads\""), page);
    assertTrue(page.contains("href=\"/portal/audit/export/disclosures?format=ndjson\""), page);
    assertFalse(page.contains("/portal/audit/export/funding-revisions"));
  }

  private static String history(String language, List<RecordChangeView> changes, int status) {
    return CasePageTest.ENGINE
        .getTemplate("record-history")
        .instance()
        .setLocale(language)
        .data("user", AUDITOR)
        .data("fmt", new Fmt(language, java.time.ZoneId.of("America/Panama")))
        .data("lang", language)
        .data("section", "audit")
        .data("here", "/portal/audit/history")
        .data("away", Map.of())
        .data("notice", null)
        .data("service", "removals")
        .data("recordType", "case")
        .data("recordId", 7L)
        .data("changes", changes)
        .data("status", status)
        .data("nextPage", null)
        .render();
  }
}
