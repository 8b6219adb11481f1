package org.puente.funding.disbursements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.api.PaymentDecisionRequest;
import org.puente.funding.api.ReversalStatus;

@Path(FundingPaths.DISBURSEMENTS)
@Tag(
    name = "Disbursements",
    description = "Payments against obligations, approved by a second person")
@Produces(MediaType.APPLICATION_JSON)
public class DisbursementResource {

  private final DisbursementService service;
  private final CurrentCaller caller;

  DisbursementResource(DisbursementService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listDisbursements", summary = "Payments, e.g. those awaiting approval")
  @APIResponse(responseCode = "200", description = "A page of payments")
  public Page<DisbursementView> list(
      @QueryParam("agreementId") @Parameter(description = "Only this agreement") @Positive
          Long agreementId,
      @QueryParam("obligationId") @Parameter(description = "Only this obligation") @Positive
          Long obligationId,
      @QueryParam("status") @Parameter(description = "REQUESTED, APPROVED or REJECTED")
          DisbursementStatus status,
      @QueryParam("reversalStatus")
          @Parameter(
              description =
                  "Only payments with a reversal in this status: REQUESTED lists the reversals"
                      + " awaiting a certifying officer")
          ReversalStatus reversalStatus,
      @BeanParam PageRequest page) {
    return service.list(caller.get(), agreementId, obligationId, status, reversalStatus, page);
  }

  @GET
  @Path(FundingPaths.ID)
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "getDisbursement", summary = "A payment and its decision")
  @APIResponse(responseCode = "200", description = "The payment")
  public RestResponse<DisbursementView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.SERVICE})
  @Operation(
      operationId = "requestDisbursement",
      summary = "Request a payment; it reserves the amount until a second person decides")
  @APIResponse(
      responseCode = "201",
      description = "REQUESTED",
      content = @Content(schema = @Schema(implementation = DisbursementView.class)))
  @APIResponse(responseCode = "409", description = "More than the obligation's remainder")
  public RestResponse<DisbursementView> request(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull DisbursementRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, FundingPaths.DISBURSEMENTS, service.request(caller.get(), key, body));
  }

  @POST
  @Path(FundingPaths.APPROVAL)
  @RolesAllowed(Roles.CERTIFYING_OFFICER)
  @Operation(
      operationId = "approveDisbursement",
      summary = "Approve a payment (a donor's certifying officer, not the requester)")
  @APIResponse(responseCode = "200", description = "APPROVED; the payment is in the ledger")
  @APIResponse(responseCode = "409", description = "Already decided")
  public RestResponse<DisbursementView> approve(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(service.approve(caller.get(), id, ifMatch));
  }

  @POST
  @Path(FundingPaths.REJECTION)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CERTIFYING_OFFICER)
  @Operation(
      operationId = "rejectDisbursement",
      summary = "Reject a payment with a reason; its reservation is released")
  @APIResponse(responseCode = "200", description = "REJECTED")
  @APIResponse(responseCode = "409", description = "Already decided")
  public RestResponse<DisbursementView> reject(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull PaymentDecisionRequest body) {
    return Responses.ok(service.reject(caller.get(), id, ifMatch, body));
  }
}
