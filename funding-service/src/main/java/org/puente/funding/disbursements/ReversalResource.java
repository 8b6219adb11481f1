package org.puente.funding.disbursements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.Responses;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.api.PaymentDecisionRequest;
import org.puente.funding.api.ReversalRequest;
import org.puente.funding.api.ReversalView;

@Path(FundingPaths.DISBURSEMENT_REVERSALS)
@Tag(
    name = "Reversals",
    description = "Refunds and recoveries of approved payments, approved by a second person")
@Produces(MediaType.APPLICATION_JSON)
public class ReversalResource {

  private final ReversalService service;
  private final CurrentCaller caller;

  ReversalResource(ReversalService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path(FundingPaths.ID)
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "getReversal", summary = "A reversal of a payment and its decision")
  @APIResponse(responseCode = "200", description = "The reversal")
  @APIResponse(responseCode = "404", description = "No such reversal for the caller's agency")
  public RestResponse<ReversalView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER})
  @Operation(
      operationId = "requestReversal",
      summary = "Ask to reverse an approved payment (the donor's funding or certifying officer)")
  @APIResponse(
      responseCode = "201",
      description = "REQUESTED; nothing moves until approved",
      content = @Content(schema = @Schema(implementation = ReversalView.class)))
  @APIResponse(responseCode = "400", description = "Unknown kind or reason code, or bad amount")
  @APIResponse(responseCode = "403", description = "Not an officer of the donor")
  @APIResponse(
      responseCode = "409",
      description = "Not approved, already reversed or being reversed, or more than was paid")
  public RestResponse<ReversalView> request(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull ReversalRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, FundingPaths.DISBURSEMENT_REVERSALS, service.request(caller.get(), key, body));
  }

  @POST
  @Path(FundingPaths.APPROVAL)
  @RolesAllowed(Roles.CERTIFYING_OFFICER)
  @Operation(
      operationId = "approveReversal",
      summary = "Approve a reversal (a donor's certifying officer, not the requester)")
  @APIResponse(
      responseCode = "200",
      description = "APPROVED; a negative payment is in the ledger and the balances moved back")
  @APIResponse(responseCode = "403", description = "Not a second certifying officer of the donor")
  @APIResponse(responseCode = "409", description = "Already decided")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public RestResponse<ReversalView> approve(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(service.approve(caller.get(), id, ifMatch));
  }

  @POST
  @Path(FundingPaths.REJECTION)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CERTIFYING_OFFICER)
  @Operation(operationId = "rejectReversal", summary = "Reject a reversal with a reason")
  @APIResponse(responseCode = "200", description = "REJECTED; nothing moved")
  @APIResponse(responseCode = "400", description = "No reason")
  @APIResponse(responseCode = "403", description = "Not a second certifying officer of the donor")
  @APIResponse(responseCode = "409", description = "Already decided")
  public RestResponse<ReversalView> reject(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull PaymentDecisionRequest body) {
    return Responses.ok(service.reject(caller.get(), id, ifMatch, body));
  }
}
