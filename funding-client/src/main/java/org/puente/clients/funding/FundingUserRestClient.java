package org.puente.clients.funding;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.puente.common.paging.Page;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.api.ObligationView;

/**
 * funding-service's reads, called while serving a user with that user's own token (the headers
 * listed in {@code org.eclipse.microprofile.rest.client.propagateHeaders} travel on), so
 * funding-service decides what the user's agency may see. Use {@link FundingLookup}.
 */
@RegisterRestClient(configKey = "funding")
@RegisterClientHeaders
@Path(FundingPaths.ROOT)
@Produces(MediaType.APPLICATION_JSON)
interface FundingUserRestClient {

  @GET
  @Path(FundingPaths.OBLIGATIONS)
  Page<ObligationView> obligations(
      @QueryParam("reference") String reference, @QueryParam("limit") int limit);
}
