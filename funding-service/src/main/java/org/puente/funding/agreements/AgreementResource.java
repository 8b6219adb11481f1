package org.puente.funding.agreements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.AgreementUpdate;
import org.puente.funding.api.AgreementView;
import org.puente.funding.api.FundingPaths;

@Path(FundingPaths.AGREEMENTS)
@Tag(name = "Agreements", description = "Funding agreements between a donor and a recipient")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

  private final AgreementService service;
  private final CurrentCaller caller;

  AgreementResource(AgreementService service, CurrentCaller caller) {
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
      operationId = "listAgreements",
      summary = "Agreements the caller's agency is donor or recipient of")
  @APIResponse(responseCode = "200", description = "A page of agreements")
  public Page<AgreementView> list(
      @QueryParam("status") @Parameter(description = "ACTIVE or CLOSED") AgreementStatus status,
      @BeanParam PageRequest page) {
    return service.list(caller.get(), status, page);
  }

  @GET
  @Path(FundingPaths.ID)
  @RolesAllowed({
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.SUPERVISOR
  })
  @Operation(operationId = "getAgreement", summary = "An agreement with its totals")
  @APIResponse(responseCode = "200", description = "The agreement")
  public RestResponse<AgreementView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FUNDING_OFFICER)
  @Operation(
      operationId = "createAgreement",
      summary = "Enter an agreement (the donor's funding officer)")
  @APIResponse(
      responseCode = "201",
      description = "Entered, ACTIVE",
      content = @Content(schema = @Schema(implementation = AgreementView.class)))
  @APIResponse(responseCode = "409", description = "The reference is taken")
  public RestResponse<AgreementView> create(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull AgreementRequest body,
      @Context UriInfo uri) {
    return Responses.created(uri, FundingPaths.AGREEMENTS, service.create(caller.get(), key, body));
  }

  @PUT
  @Path(FundingPaths.ID)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FUNDING_OFFICER)
  @Operation(
      operationId = "amendAgreement",
      summary = "Amend title, ceiling or end of availability")
  @APIResponse(responseCode = "200", description = "The amended agreement")
  @APIResponse(responseCode = "409", description = "The ceiling would drop below what is allotted")
  public RestResponse<AgreementView> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull AgreementUpdate body) {
    return Responses.ok(service.update(caller.get(), id, ifMatch, body));
  }

  @POST
  @Path(FundingPaths.CLOSURE)
  @RolesAllowed(Roles.FUNDING_OFFICER)
  @Operation(operationId = "closeAgreement", summary = "Close the agreement to new obligations")
  @APIResponse(responseCode = "200", description = "CLOSED")
  @APIResponse(responseCode = "409", description = "Already closed")
  public RestResponse<AgreementView> close(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(service.close(caller.get(), id, ifMatch));
  }
}
