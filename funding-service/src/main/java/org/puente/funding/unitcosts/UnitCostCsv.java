package org.puente.funding.unitcosts;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.puente.funding.api.UnitCostReport;

/**
 * Turns a {@link UnitCostReport} answered as {@code text/csv} into its CSV text, so the endpoint
 * returns one typed body for both JSON and CSV.
 */
public class UnitCostCsv {

  private static final MediaType CSV = MediaType.valueOf(UnitCostResource.CSV);

  @ServerResponseFilter
  public void asCsv(ContainerResponseContext response) {
    if (response.getEntity() instanceof UnitCostReport report
        && response.getMediaType() != null
        && response.getMediaType().isCompatible(CSV)) {
      response.setEntity(UnitCostService.csv(report), null, response.getMediaType());
    }
  }
}
