package org.puente.gateway.portal;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.puente.removals.api.ComplaintStatistics;
import org.puente.removals.api.OversightStatistics;
import org.puente.removals.api.StatisticsRow;

/**
 * Oversight statistics: what happened to people (screenings, claims and their outcomes, orders,
 * appeals, removals, post-return contact) by nationality, sex or age band, and complaints by
 * category and outcome, as the service answers them (small counts hidden from other agencies), with
 * the table as CSV.
 */
@Path("/portal/oversight")
@Authenticated
public class OversightPages {

  static final String API = "/api/v1/removals/statistics";
  static final List<String> GROUPINGS = List.of("nationality", "sex", "ageBand");

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  OversightPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response page(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
    user.requireRuns("removals");
    user.require("oversightStatistics");
    Period p = period(from, to, by);
    OversightStatistics people =
        backend.get(
            API + "/oversight?from=" + p.from() + "&to=" + p.to() + "&by=" + p.by(),
            OversightStatistics.class);
    ComplaintStatistics complaints =
        user.may("complaintStatistics")
            ? backend.get(
                API + "/complaints?from=" + p.from() + "&to=" + p.to(), ComplaintStatistics.class)
            : null;
    return Views.html(
        oversightView(views.page("oversight", "oversight"), views.fmt(), p, people, complaints));
  }

  /** The page's data, from the service's answers. */
  static TemplateInstance oversightView(
      TemplateInstance view,
      Fmt fmt,
      Period p,
      OversightStatistics people,
      ComplaintStatistics complaints) {
    String groupWords = p.by().equals("nationality") ? "country" : "oversight_group";
    return view.data("fromMonth", YearMonth.from(p.from()).toString())
        .data("toMonth", YearMonth.from(p.to()).toString())
        .data("by", p.by())
        .data("groupings", GROUPINGS)
        .data("csv", "/portal/oversight/csv?from=" + p.from() + "&to=" + p.to() + "&by=" + p.by())
        .data(
            "people",
            table(
                fmt,
                people.columns(),
                "oversight",
                people.rows(),
                people.totals(),
                p.by().equals("sex") ? "sex" : groupWords))
        .data(
            "complaints",
            complaints == null
                ? null
                : table(
                    fmt,
                    complaints.columns(),
                    "complaint_outcome",
                    complaints.rows(),
                    complaints.totals(),
                    "complaint_category"));
  }

  /** The oversight table as CSV: a header, a row per group and the totals; hidden cells empty. */
  @GET
  @Path("/csv")
  @Produces("text/csv")
  public Response csv(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
    user.requireRuns("removals");
    user.require("oversightStatistics");
    Period p = period(from, to, by);
    OversightStatistics t =
        backend.get(
            API + "/oversight?from=" + p.from() + "&to=" + p.to() + "&by=" + p.by(),
            OversightStatistics.class);
    StringBuilder out = new StringBuilder(p.by());
    t.columns().forEach(c -> out.append(',').append(c));
    out.append("\r\n");
    List<StatisticsRow> rows = new ArrayList<>(t.rows());
    rows.add(t.totals());
    for (StatisticsRow row : rows) {
      out.append(row.group());
      for (String c : t.columns()) {
        Long v = row.counts().get(c);
        out.append(',').append(v == null ? "" : v.toString());
      }
      out.append("\r\n");
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"oversight-" + p.by() + "-" + p.from() + "-" + p.to() + ".csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The period asked for: whole months, by default the twelve before this one. */
  record Period(LocalDate from, LocalDate to, String by) {}

  static Period period(String from, String to, String by) {
    YearMonth now = YearMonth.now();
    LocalDate start = month(from, now.minusMonths(12)).atDay(1);
    LocalDate end = month(to, now.minusMonths(1)).atEndOfMonth();
    if (end.isBefore(start)) {
      end = YearMonth.from(start).atEndOfMonth();
    }
    return new Period(start, end, by != null && GROUPINGS.contains(by) ? by : "nationality");
  }

  /** A month from the form ({@code 2024-03}, or a date in it), else the default. */
  private static YearMonth month(String value, YearMonth otherwise) {
    if (value == null || !value.strip().matches("\\d{4}-\\d{2}(-\\d{2})?")) {
      return otherwise;
    }
    try {
      return YearMonth.parse(value.strip().substring(0, 7));
    } catch (java.time.format.DateTimeParseException e) {
      return otherwise;
    }
  }

  private static StatisticsTable table(
      Fmt fmt,
      List<String> columns,
      String columnWords,
      List<StatisticsRow> rows,
      StatisticsRow totals,
      String groupWords) {
    List<String> headings = columns.stream().map(c -> fmt.label(columnWords, c)).toList();
    List<StatisticsTable.Line> lines = new ArrayList<>();
    for (StatisticsRow row : rows) {
      lines.add(line(fmt, columns, row, fmt.label(groupWords, row.group()), false));
    }
    lines.add(line(fmt, columns, totals, fmt.label("oversight_group", "TOTAL"), true));
    return new StatisticsTable(headings, lines);
  }

  private static StatisticsTable.Line line(
      Fmt fmt, List<String> columns, StatisticsRow row, String group, boolean total) {
    List<String> cells = new ArrayList<>();
    for (String c : columns) {
      Long v = row.counts().get(c);
      cells.add(v == null ? "—" : v.toString());
    }
    return new StatisticsTable.Line(group, cells, total);
  }
}
