package org.puente.clients.funding;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.puente.common.money.Money;

/**
 * funding-service's endpoints, as it publishes them, called with this service's own token (client
 * credentials, {@link OidcClientFilter}): these calls run in the background, for no user. Use
 * {@link FundingClient}.
 */
@RegisterRestClient(configKey = "funding")
@OidcClientFilter
@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface FundingRestClient {

  record ObligationRequest(
      long budgetLineId, Money amount, String purpose, String reference, String onBehalfOf) {}

  record DeobligationRequest(Money amount, String reason) {}

  record DisbursementRequest(long obligationId, String kind, Money amount, String description) {}

  @POST
  @Path("/obligations")
  JsonNode obligate(@HeaderParam("Idempotency-Key") String key, ObligationRequest body);

  @GET
  @Path("/obligations/{id}")
  Response obligation(@PathParam("id") long id);

  @POST
  @Path("/obligations/{id}/deobligation")
  JsonNode deobligate(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key,
      DeobligationRequest body);

  @POST
  @Path("/disbursements")
  JsonNode requestPayment(@HeaderParam("Idempotency-Key") String key, DisbursementRequest body);
}
