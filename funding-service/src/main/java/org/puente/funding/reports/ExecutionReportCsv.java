package org.puente.funding.reports;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.puente.funding.api.ExecutionReport;

/**
 * Turns an {@link ExecutionReport} answered as {@code text/csv} into its CSV text, so the report's
 * endpoint returns one typed body for both JSON and CSV.
 */
public class ExecutionReportCsv {

  private static final MediaType CSV = MediaType.valueOf(ReportResource.CSV);

  @ServerResponseFilter
  public void asCsv(ContainerResponseContext response) {
    if (response.getEntity() instanceof ExecutionReport report
        && response.getMediaType() != null
        && response.getMediaType().isCompatible(CSV)) {
      response.setEntity(ReportService.csv(report), null, response.getMediaType());
    }
  }
}
