package org.puente.funding.obligations;

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
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.api.ObligationRequest;
import org.puente.funding.api.ObligationView;

@Path(FundingPaths.OBLIGATIONS)
@Tag(name = "Obligations", description = "Funds committed on a budget line for a purpose")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationResource {

  private final ObligationService service;
  private final CurrentCaller caller;

  ObligationResource(ObligationService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.SUPERVISOR
  })
  @Operation(
      operationId = "listObligations",
      summary = "Obligations, by agreement, line or reference")
  @APIResponse(responseCode = "200", description = "A page of obligations")
  public Page<ObligationView> list(
      @QueryParam("agreementId") @Parameter(description = "Only this agreement") @Positive
          Long agreementId,
      @QueryParam("budgetLineId") @Parameter(description = "Only this line") @Positive
          Long budgetLineId,
      @QueryParam("reference")
          @Parameter(description = "Only this reference, e.g. removal-operation:42")
          String reference,
      @BeanParam PageRequest page) {
    return service.list(
        caller.get(),
        agreementId,
        budgetLineId,
        reference == null || reference.isBlank() ? null : reference.strip(),
        page);
  }

  @GET
  @Path(FundingPaths.ID)
  @RolesAllowed({
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.SUPERVISOR,
    Roles.SERVICE
  })
  @Operation(operationId = "getObligation", summary = "An obligation and its remainder")
  @APIResponse(responseCode = "200", description = "The obligation")
  public RestResponse<ObligationView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.SERVICE})
  @Operation(
      operationId = "obligateFunds",
      summary = "Obligate funds on a line (the donor's funding officer)")
  @APIResponse(
      responseCode = "201",
      description = "Obligated; a COMMITMENT is in the ledger",
      content = @Content(schema = @Schema(implementation = ObligationView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Insufficient funds, outside the period of availability, or agreement closed")
  public RestResponse<ObligationView> obligate(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull ObligationRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, FundingPaths.OBLIGATIONS, service.obligate(caller.get(), key, body));
  }

  @POST
  @Path(FundingPaths.DEOBLIGATION)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.SERVICE})
  @Operation(operationId = "deobligateFunds", summary = "Return unspent funds to the line")
  @APIResponse(
      responseCode = "200",
      description = "The obligation; a negative COMMITMENT is in the ledger")
  @APIResponse(responseCode = "409", description = "More than the unpaid remainder")
  public RestResponse<ObligationView> deobligate(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried request safe")
          String key,
      @Valid @NotNull DeobligationRequest body) {
    Idempotency.Outcome<ObligationView> outcome =
        service.deobligate(caller.get(), id, ifMatch, key, body);
    return Responses.ok(outcome.body());
  }
}
