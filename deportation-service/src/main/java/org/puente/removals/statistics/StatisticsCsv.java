package org.puente.removals.statistics;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.puente.removals.api.ComplaintStatistics;
import org.puente.removals.api.OversightStatistics;
import org.puente.removals.api.StatisticsRow;

/**
 * Writes a statistics table answered as {@code text/csv} as CSV: a header (the grouping, then the
 * columns), a row per group and the totals; a hidden count is an empty cell. The endpoints return
 * one typed body for both JSON and CSV.
 */
public class StatisticsCsv {

  private static final MediaType CSV = MediaType.valueOf(StatisticsResource.CSV);

  @ServerResponseFilter
  public void asCsv(ContainerResponseContext response) {
    if (response.getMediaType() == null || !response.getMediaType().isCompatible(CSV)) {
      return;
    }
    if (response.getEntity() instanceof OversightStatistics t) {
      response.setEntity(
          csv(t.by(), t.columns(), t.rows(), t.totals()), null, response.getMediaType());
    } else if (response.getEntity() instanceof ComplaintStatistics t) {
      response.setEntity(
          csv("category", t.columns(), t.rows(), t.totals()), null, response.getMediaType());
    }
  }

  static String csv(
      String grouping, List<String> columns, List<StatisticsRow> rows, StatisticsRow totals) {
    StringBuilder out = new StringBuilder(grouping);
    columns.forEach(c -> out.append(',').append(c));
    out.append("\r\n");
    for (StatisticsRow row : rows) {
      line(out, columns, row);
    }
    line(out, columns, totals);
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> columns, StatisticsRow row) {
    // Groups are codes (ISO countries, sexes, bands, categories): nothing to quote.
    out.append(row.group());
    for (String column : columns) {
      Long value = row.counts().get(column);
      out.append(',').append(value == null ? "" : value.toString());
    }
    out.append("\r\n");
  }
}
