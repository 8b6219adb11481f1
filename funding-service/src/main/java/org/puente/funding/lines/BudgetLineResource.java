package org.puente.funding.lines;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.Responses;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.api.AllotmentRequest;
import org.puente.funding.api.BudgetLineView;
import org.puente.funding.api.FundingPaths;

@Path(FundingPaths.BUDGET_LINES)
@Tag(name = "Budget lines", description = "An agreement's budget by category, with balances")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetLineResource {

  private final BudgetLineService service;
  private final CurrentCaller caller;

  BudgetLineResource(BudgetLineService service, CurrentCaller caller) {
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
      operationId = "listAllBudgetLines",
      summary = "Lines of every agreement the caller's agency is a party to, with balances")
  @APIResponse(responseCode = "200", description = "A page of lines")
  public Page<BudgetLineView> list(@BeanParam PageRequest page) {
    return service.listVisible(caller.get(), page);
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
  @Operation(
      operationId = "getBudgetLine",
      summary = "A line: allotted, obligated, disbursed, available")
  @APIResponse(responseCode = "200", description = "The line")
  public RestResponse<BudgetLineView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @PUT
  @Path(FundingPaths.ALLOTMENT)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FUNDING_OFFICER)
  @Operation(operationId = "reallotBudgetLine", summary = "Change a line's allotment")
  @APIResponse(responseCode = "200", description = "The line")
  @APIResponse(responseCode = "409", description = "Over the ceiling, or below what is obligated")
  public RestResponse<BudgetLineView> reallot(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull AllotmentRequest body) {
    return Responses.ok(service.reallot(caller.get(), id, ifMatch, body));
  }
}
