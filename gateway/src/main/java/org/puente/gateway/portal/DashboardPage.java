package org.puente.gateway.portal;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dashboard: cases by status, removals per month by nationality, funds per budget line,
 * sessions coming up and certifications running out. Each panel is one API call made in parallel; a
 * panel the user may not see is not asked for, and a service that is away blanks only its panel.
 */
@Path("/")
@Authenticated
public class DashboardPage {

  private static final String REMOVALS = "/api/v1/removals";
  private static final String FUNDING = "/api/v1/funding";
  private static final String TRAINING = "/api/v1/training";

  private final Backend backend;
  private final Views views;
  private final PortalUser user;
  private final PortalConfig config;

  DashboardPage(Backend backend, Views views, PortalUser user, PortalConfig config) {
    this.backend = backend;
    this.views = views;
    this.user = user;
    this.config = config;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance dashboard() {
    LocalDate today = LocalDate.now(config.zone());
    Map<String, String> panels = new LinkedHashMap<>();
    if (user.may("caseStatistics")) {
      panels.put("cases", REMOVALS + "/statistics/cases");
    }
    if (user.may("removalStatistics")) {
      panels.put("removals", removalsPath(today));
    }
    if (user.may("listAllBudgetLines") && user.may("listAgreements")) {
      panels.put("lines", FUNDING + "/budget-lines?limit=50");
      panels.put("agreements", FUNDING + "/agreements?limit=200");
    }
    if (user.may("listSessions")) {
      panels.put("sessions", TRAINING + "/sessions?limit=5&startsFrom=" + today);
    }
    if (user.may("listCertifications")) {
      panels.put(
          "certifications",
          TRAINING + "/certifications?limit=20&expiringBefore=" + today.plusDays(31));
    }
    // A panel whose service this deployment does not run is not shown at all.
    panels.values().removeIf(path -> !user.runs(path.split("/")[3]));
    Map<String, Map<String, Object>> answers = new HashMap<>();
    backend
        .getAll(panels)
        .forEach((panel, reply) -> reply.ok().ifPresent(answer -> answers.put(panel, answer)));
    TemplateInstance page = views.page("dashboard", "dashboard");
    Fmt fmt = views.fmt();
    PortalMessages t = views.messages();
    page.data(
        "casesChart",
        answers.containsKey("cases") ? casesChart(answers.get("cases"), fmt, t) : null);
    page.data("casesAsked", panels.containsKey("cases"));
    page.data(
        "removalsChart",
        answers.containsKey("removals") ? removalsChart(answers.get("removals"), fmt, t) : null);
    page.data("removalsAsked", panels.containsKey("removals"));
    page.data(
        "fundsChart",
        answers.containsKey("lines")
            ? fundsChart(answers.get("lines"), answers.get("agreements"), fmt, t)
            : null);
    page.data("fundsAsked", panels.containsKey("lines"));
    page.data(
        "sessions",
        answers.containsKey("sessions") ? Backend.items(answers.get("sessions")) : null);
    page.data("sessionsAsked", panels.containsKey("sessions"));
    page.data(
        "certifications",
        answers.containsKey("certifications")
            ? Backend.items(answers.get("certifications"))
            : null);
    page.data("certificationsAsked", panels.containsKey("certifications"));
    return page;
  }

  /**
   * The removals panel's question: the last twelve months, this one included, as whole months (the
   * only periods other agencies may ask for, so that no two answers differ by a few days).
   */
  static String removalsPath(LocalDate today) {
    YearMonth month = YearMonth.from(today);
    return REMOVALS
        + "/statistics/removals?groupBy=month,nationality&from="
        + month.minusMonths(11)
        + "&to="
        + month;
  }

  static BarChart casesChart(Map<String, Object> table, Fmt fmt, PortalMessages t) {
    BarChart chart =
        new BarChart("chart-cases", t.chart_cases(), t.col_status()).series("count", t.col_cases());
    for (Map<String, Object> cell : list(table.get("cells"))) {
      String status = String.valueOf(cell.get("status"));
      chart.value(
          status, fmt.label("status", status), "count", count(cell), countText(cell, t, fmt));
    }
    return chart;
  }

  static BarChart removalsChart(Map<String, Object> table, Fmt fmt, PortalMessages t) {
    List<Map<String, Object>> cells = list(table.get("cells"));
    BarChart chart = new BarChart("chart-removals", t.chart_removals(), t.col_month());
    for (String nationality :
        new TreeSet<>(cells.stream().map(c -> String.valueOf(c.get("nationality"))).toList())) {
      chart.series(nationality, fmt.label("country", nationality));
    }
    for (Map<String, Object> cell : cells) {
      String month = String.valueOf(cell.get("month"));
      chart.value(
          month,
          fmt.month(month),
          String.valueOf(cell.get("nationality")),
          count(cell),
          countText(cell, t, fmt));
    }
    return chart;
  }

  static BarChart fundsChart(
      Map<String, Object> lines, Map<String, Object> agreements, Fmt fmt, PortalMessages t) {
    Map<Object, Object> references = new HashMap<>();
    for (Map<String, Object> a : Backend.items(agreements == null ? Map.of() : agreements)) {
      references.put(String.valueOf(a.get("id")), a.get("reference"));
    }
    BarChart chart =
        new BarChart("chart-funds", t.chart_funds(), t.col_budget_line())
            .series("allotted", t.col_allotted())
            .series("obligated", t.col_obligated())
            .series("disbursed", t.col_disbursed())
            .series("available", t.col_available());
    for (Map<String, Object> line : Backend.items(lines)) {
      String key = String.valueOf(line.get("id"));
      String label =
          references.getOrDefault(
                  String.valueOf(line.get("agreementId")), "#" + line.get("agreementId"))
              + " · "
              + fmt.label("category", line.get("category"));
      for (String measure : List.of("allotted", "obligated", "disbursed", "available")) {
        Object money = line.get(measure);
        chart.value(key, label, measure, amount(money), fmt.money(money));
      }
    }
    return chart;
  }

  private static BigDecimal count(Map<String, Object> cell) {
    return cell.get("count") instanceof Number n ? BigDecimal.valueOf(n.longValue()) : null;
  }

  private static String countText(Map<String, Object> cell, PortalMessages t, Fmt fmt) {
    return Boolean.TRUE.equals(cell.get("suppressed"))
        ? t.suppressed()
        : fmt.number(cell.get("count"));
  }

  private static BigDecimal amount(Object money) {
    if (money instanceof Map<?, ?> m && m.get("amount") != null) {
      try {
        return new BigDecimal(m.get("amount").toString());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (value instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        }
      }
    }
    return out;
  }
}
