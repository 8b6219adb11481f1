package org.puente.clients.funding;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.api.ObligationRequest;
import org.puente.funding.api.ObligationView;

/**
 * funding-service's endpoints, as it publishes them (funding-api), called with this service's own
 * token (client credentials, {@link OidcClientFilter}): these calls run in the background, for no
 * user. Use {@link FundingClient}.
 */
@RegisterRestClient(configKey = "funding")
@OidcClientFilter
@Path(FundingPaths.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface FundingRestClient {

  @POST
  @Path(FundingPaths.OBLIGATIONS)
  ObligationView obligate(@HeaderParam("Idempotency-Key") String key, ObligationRequest body);

  /** The obligation with its {@code ETag} (its version, for {@code If-Match}). */
  @GET
  @Path(FundingPaths.OBLIGATIONS + FundingPaths.ID)
  RestResponse<ObligationView> obligation(@PathParam("id") long id);

  @POST
  @Path(FundingPaths.OBLIGATIONS + FundingPaths.DEOBLIGATION)
  ObligationView deobligate(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key,
      DeobligationRequest body);

  @POST
  @Path(FundingPaths.DISBURSEMENTS)
  DisbursementView requestPayment(
      @HeaderParam("Idempotency-Key") String key, DisbursementRequest body);
}
