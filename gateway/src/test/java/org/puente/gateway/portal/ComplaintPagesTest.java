package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.TemplateInstance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.common.security.Agency;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintChannel;
import org.puente.removals.api.ComplaintOutcome;
import org.puente.removals.api.ComplaintStatistics;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.api.ComplaintView;
import org.puente.removals.api.OversightStatistics;
import org.puente.removals.api.StatisticsRow;

/**
 * The complaint pages and the oversight statistics page as drawn from the service's answers, with
 * the real templates, words (English and Spanish) and policy table: overdue complaints are marked,
 * each user is offered the steps the service accepts from them, and hidden counts show as "—".
 */
class ComplaintPagesTest {

  private static TemplateInstance page(
      String template, String section, Set<String> roles, String language) {
    return CasePageTest.ENGINE
        .getTemplate(template)
        .instance()
        .data("user", new CasePageTest.User("snm-officer", roles, "PA-SNM"))
        .setLocale(language)
        .data("fmt", fmt(language))
        .data("lang", language)
        .data("section", section)
        .data("here", "/portal/" + section)
        .data("away", Map.of())
        .data("notice", null);
  }

  private static Fmt fmt(String language) {
    return new Fmt(language, ZoneId.of("America/Panama"));
  }

  private static ComplaintView complaint(long id, ComplaintStatus status, boolean overdue) {
    return new ComplaintView(
        id,
        Agency.PA_SNM,
        null,
        null,
        "Marta Rojas",
        true,
        "sister",
        ComplaintChannel.PHONE,
        ComplaintCategory.USE_OF_FORCE,
        LocalDate.parse("2026-11-02"),
        "Kept in restraints on the bus",
        status,
        LocalDate.parse("2026-11-09"),
        LocalDate.parse("2026-12-14"),
        overdue,
        status == ComplaintStatus.RECEIVED ? null : LocalDate.parse("2026-11-04"),
        status == ComplaintStatus.DECIDED ? LocalDate.parse("2026-11-20") : null,
        status == ComplaintStatus.DECIDED ? ComplaintOutcome.UPHELD : null,
        status == ComplaintStatus.DECIDED ? "Restraints were not needed" : null,
        "snm-officer",
        Agency.PA_SNM,
        Instant.parse("2026-11-02T15:00:00Z"),
        3);
  }

  @Test
  void theListMarksOverdueComplaints() {
    String html =
        page("complaints", "complaints", Set.of("case-officer"), "en")
            .data(
                "complaints",
                List.of(
                    complaint(1, ComplaintStatus.RECEIVED, true),
                    complaint(2, ComplaintStatus.ACKNOWLEDGED, false)))
            .data("statuses", List.of(ComplaintStatus.values()))
            .data("categories", List.of(ComplaintCategory.values()))
            .data("status", null)
            .data("category", null)
            .data("overdue", false)
            .data("nextPage", null)
            .render();
    assertTrue(html.contains("id=\"overdue-1\""), "the overdue one is marked");
    assertFalse(html.contains("id=\"overdue-2\""));
    assertTrue(html.contains("Use of force"));
    assertTrue(html.contains("id=\"file-complaint\""), "a case officer records complaints");
    assertTrue(html.contains("<label for=\"cm-overdue\">Overdue only</label>"));
    String es =
        page("complaints", "complaints", Set.of("auditor"), "es")
            .data("complaints", List.of(complaint(1, ComplaintStatus.RECEIVED, true)))
            .data("statuses", List.of(ComplaintStatus.values()))
            .data("categories", List.of(ComplaintCategory.values()))
            .data("status", ComplaintStatus.RECEIVED)
            .data("category", null)
            .data("overdue", true)
            .data("nextPage", null)
            .render();
    assertTrue(es.contains("Vencida"));
    assertTrue(es.contains("Uso de la fuerza"));
    assertFalse(es.contains("id=\"file-complaint\""), "an auditor reads, records nothing");
  }

  private static String complaintPage(ComplaintStatus status, Set<String> roles) {
    CasePageTest.User user = new CasePageTest.User("snm-officer", roles, "PA-SNM");
    return ComplaintPages.complaintView(
            page("complaint", "complaints", roles, "en"),
            complaint(7, status, false),
            user.may("transitionComplaint"),
            roles.contains("supervisor"))
        .render();
  }

  @Test
  void eachUserIsOfferedTheStepsTheServiceAccepts() {
    String officer = complaintPage(ComplaintStatus.ACKNOWLEDGED, Set.of("case-officer"));
    assertTrue(officer.contains("id=\"step-UNDER_INVESTIGATION\""));
    assertFalse(officer.contains("id=\"step-DECIDED\""), "a supervisor decides");
    assertTrue(officer.contains("name=\"version\" value=\"3\""), "If-Match from the page");
    assertTrue(officer.contains("Marta Rojas (On behalf of the person concerned: sister)"));

    String supervisor = complaintPage(ComplaintStatus.UNDER_INVESTIGATION, Set.of("supervisor"));
    assertTrue(supervisor.contains("id=\"step-DECIDED\""));
    assertTrue(supervisor.contains("<label for=\"cm-outcome\">Outcome</label>"));

    String monitor = complaintPage(ComplaintStatus.RECEIVED, Set.of("monitor"));
    assertFalse(monitor.contains("id=\"step-"), "a monitor handles nothing");

    String decided = complaintPage(ComplaintStatus.DECIDED, Set.of("supervisor"));
    assertFalse(decided.contains("id=\"step-"));
    assertTrue(decided.contains("id=\"complaint-outcome\">Upheld<"));
  }

  private static StatisticsRow row(String group, String[] columns, Long... counts) {
    Map<String, Long> values = new LinkedHashMap<>();
    List<String> hidden = new java.util.ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      values.put(columns[i], counts[i]);
      if (counts[i] == null) {
        hidden.add(columns[i]);
      }
    }
    return new StatisticsRow(group, values, hidden);
  }

  @Test
  void theOversightPageShowsHiddenCountsAsDashes() {
    String[] columns = {"screenings", "removals"};
    OversightStatistics people =
        new OversightStatistics(
            Agency.PA_SNM,
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-10-31"),
            "ageBand",
            5,
            List.of(columns),
            List.of(row("ADULT", columns, null, 25L), row("MINOR", columns, null, 0L)),
            row("TOTAL", columns, 30L, 25L));
    String[] outcomes = {"UPHELD", "OPEN"};
    ComplaintStatistics complaints =
        new ComplaintStatistics(
            Agency.PA_SNM,
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-10-31"),
            5,
            List.of(outcomes),
            List.of(row("TREATMENT", outcomes, 0L, 6L)),
            row("TOTAL", outcomes, 0L, 6L));
    OversightPages.Period period = OversightPages.period("2026-01", "2026-10", "ageBand");
    // The page opened from the menu names no period nor grouping: the defaults.
    OversightPages.Period opened = OversightPages.period(null, null, null);
    assertEquals("nationality", opened.by());
    assertEquals(1, opened.from().getDayOfMonth());
    for (String language : List.of("en", "es")) {
      String html =
          OversightPages.oversightView(
                  page("oversight", "oversight", Set.of("advisor"), language)
                      .data(
                          "user",
                          new CasePageTest.User("dhs-advisor", Set.of("advisor"), "US-DHS")),
                  fmt(language),
                  period,
                  people,
                  complaints)
              .render();
      assertTrue(html.contains("id=\"oversight-table\""));
      assertEquals(2, html.split("<td>—</td>", -1).length - 1, "two hidden counts: " + html);
      assertTrue(
          html.contains(
                  "href=\"/portal/oversight/csv?from=2026-01-01&amp;to=2026-10-31&amp;by=ageBand\"")
              || html.contains(
                  "href=\"/portal/oversight/csv?from=2026-01-01&to=2026-10-31&by=ageBand\""));
      assertTrue(html.contains("value=\"2026-01\""));
      assertTrue(html.contains(language.equals("en") ? "Minor" : "Menor de edad"));
      assertTrue(html.contains(language.equals("en") ? "Screenings" : "Entrevistas de evaluación"));
      assertTrue(html.contains("id=\"complaint-statistics\""));
    }
  }
}
