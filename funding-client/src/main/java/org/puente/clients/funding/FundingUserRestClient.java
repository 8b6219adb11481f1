package org.puente.clients.funding;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * funding-service's reads, called while serving a user with that user's own token (the headers
 * listed in {@code org.eclipse.microprofile.rest.client.propagateHeaders} travel on), so
 * funding-service decides what the user's agency may see. Use {@link FundingLookup}.
 */
@RegisterRestClient(configKey = "funding")
@RegisterClientHeaders
@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
interface FundingUserRestClient {

  @GET
  @Path("/obligations")
  JsonNode obligations(@QueryParam("reference") String reference, @QueryParam("limit") int limit);
}
