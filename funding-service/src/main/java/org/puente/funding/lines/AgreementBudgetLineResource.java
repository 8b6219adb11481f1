package org.puente.funding.lines;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.funding.api.BudgetLineView;
import org.puente.funding.api.FundingPaths;

@Path(FundingPaths.AGREEMENT_BUDGET_LINES)
@Tag(name = "Budget lines")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementBudgetLineResource {

  private final BudgetLineService service;
  private final CurrentCaller caller;

  AgreementBudgetLineResource(BudgetLineService service, CurrentCaller caller) {
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
  @Operation(operationId = "listBudgetLines", summary = "An agreement's budget lines")
  @APIResponse(responseCode = "200", description = "A page of lines with balances")
  public Page<BudgetLineView> list(
      @PathParam("agreementId") long agreementId, @BeanParam PageRequest page) {
    return service.list(caller.get(), agreementId, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FUNDING_OFFICER)
  @Operation(operationId = "createBudgetLine", summary = "Allot part of the ceiling to a category")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
  @APIResponse(responseCode = "409", description = "The allotment exceeds what the ceiling leaves")
  public RestResponse<BudgetLineView> create(
      @PathParam("agreementId") long agreementId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull BudgetLineRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, FundingPaths.BUDGET_LINES, service.create(caller.get(), agreementId, key, body));
  }
}
