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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.puente.common.money.Money;
import org.puente.common.paging.Page;
import org.puente.funding.api.AgreementView;
import org.puente.funding.api.BudgetLineView;
import org.puente.removals.api.CaseStatistics;
import org.puente.removals.api.CaseStatisticsCell;
import org.puente.removals.api.RemovalStatistics;
import org.puente.removals.api.RemovalStatisticsCell;
import org.puente.training.api.CertificationView;
import org.puente.training.api.SessionView;

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
    // A panel whose service this deployment does not run is not shown at all; the rest are asked
    // at once, and each answer is taken in turn.
    boolean removals = user.runs("removals");
    boolean funding = user.runs("funding");
    boolean training = user.runs("training");
    var cases =
        removals && user.may("caseStatistics")
            ? backend.read(REMOVALS + "/statistics/cases", CaseStatistics.class)
            : null;
    var removed =
        removals && user.may("removalStatistics")
            ? backend.read(removalsPath(today), RemovalStatistics.class)
            : null;
    boolean fundsAsked = funding && user.may("listAllBudgetLines") && user.may("listAgreements");
    var lines =
        fundsAsked
            ? backend.readPage(FUNDING + "/budget-lines?limit=50", BudgetLineView.class)
            : null;
    var agreements =
        fundsAsked
            ? backend.readPage(FUNDING + "/agreements?limit=200", AgreementView.class)
            : null;
    var sessions =
        training && user.may("listSessions")
            ? backend.readPage(
                TRAINING + "/sessions?limit=5&startsFrom=" + today, SessionView.class)
            : null;
    var certifications =
        training && user.may("listCertifications")
            ? backend.readPage(
                TRAINING + "/certifications?limit=20&expiringBefore=" + today.plusDays(31),
                CertificationView.class)
            : null;
    CaseStatistics caseTable = cases == null ? null : cases.answer().orNull();
    RemovalStatistics removalTable = removed == null ? null : removed.answer().orNull();
    Page<BudgetLineView> linePage = lines == null ? null : lines.answer().orNull();
    Page<AgreementView> agreementPage = agreements == null ? null : agreements.answer().orNull();
    Page<SessionView> sessionPage = sessions == null ? null : sessions.answer().orNull();
    Page<CertificationView> certificationPage =
        certifications == null ? null : certifications.answer().orNull();
    TemplateInstance page = views.page("dashboard", "dashboard");
    Fmt fmt = views.fmt();
    PortalMessages t = views.messages();
    page.data("casesChart", caseTable != null ? casesChart(caseTable, fmt, t) : null);
    page.data("casesAsked", cases != null);
    page.data("removalsChart", removalTable != null ? removalsChart(removalTable, fmt, t) : null);
    page.data("removalsAsked", removed != null);
    page.data(
        "fundsChart",
        linePage != null ? fundsChart(linePage.items(), items(agreementPage), fmt, t) : null);
    page.data("fundsAsked", fundsAsked);
    page.data("sessions", sessionPage == null ? null : items(sessionPage));
    page.data("sessionsAsked", sessions != null);
    page.data("certifications", certificationPage == null ? null : items(certificationPage));
    page.data("certificationsAsked", certifications != null);
    return page;
  }

  private static <T> List<T> items(Page<T> page) {
    return page == null || page.items() == null ? List.of() : page.items();
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

  static BarChart casesChart(CaseStatistics table, Fmt fmt, PortalMessages t) {
    BarChart chart =
        new BarChart("chart-cases", t.chart_cases(), t.col_status()).series("count", t.col_cases());
    for (CaseStatisticsCell cell : list(table.cells())) {
      String status = cell.status();
      chart.value(
          status,
          fmt.label("status", status),
          "count",
          count(cell.count()),
          countText(cell.count(), cell.suppressed(), t, fmt));
    }
    return chart;
  }

  static BarChart removalsChart(RemovalStatistics table, Fmt fmt, PortalMessages t) {
    List<RemovalStatisticsCell> cells = list(table.cells());
    BarChart chart = new BarChart("chart-removals", t.chart_removals(), t.col_month());
    for (String nationality :
        new TreeSet<>(cells.stream().map(c -> String.valueOf(c.nationality())).toList())) {
      chart.series(nationality, fmt.label("country", nationality));
    }
    for (RemovalStatisticsCell cell : cells) {
      String month = String.valueOf(cell.month());
      chart.value(
          month,
          fmt.month(month),
          String.valueOf(cell.nationality()),
          count(cell.count()),
          countText(cell.count(), cell.suppressed(), t, fmt));
    }
    return chart;
  }

  static BarChart fundsChart(
      List<BudgetLineView> lines, List<AgreementView> agreements, Fmt fmt, PortalMessages t) {
    Map<Long, String> references = new HashMap<>();
    for (AgreementView a : agreements) {
      references.put(a.id(), a.reference());
    }
    BarChart chart =
        new BarChart("chart-funds", t.chart_funds(), t.col_budget_line())
            .series("allotted", t.col_allotted())
            .series("obligated", t.col_obligated())
            .series("disbursed", t.col_disbursed())
            .series("available", t.col_available());
    for (BudgetLineView line : list(lines)) {
      String key = String.valueOf(line.id());
      String label =
          references.getOrDefault(line.agreementId(), "#" + line.agreementId())
              + " · "
              + fmt.label("category", line.category());
      Map<String, Money> measures = new LinkedHashMap<>();
      measures.put("allotted", line.allotted());
      measures.put("obligated", line.obligated());
      measures.put("disbursed", line.disbursed());
      measures.put("available", line.available());
      measures.forEach(
          (measure, money) -> chart.value(key, label, measure, amount(money), fmt.money(money)));
    }
    return chart;
  }

  private static BigDecimal count(Long count) {
    return count == null ? null : BigDecimal.valueOf(count);
  }

  private static String countText(Long count, boolean suppressed, PortalMessages t, Fmt fmt) {
    return suppressed ? t.suppressed() : fmt.number(count);
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }
}
