package org.puente.removals.orders;

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
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.api.AppealDecisionRequest;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.AppealView;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.OrderFinalityRequest;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.RemovalOrderView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.REMOVAL_ORDER)
@Tag(name = "Removal orders", description = "Orders, appeals and finality")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class OrderResource {

  private final OrderService service;
  private final CurrentCaller caller;

  OrderResource(OrderService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "getRemovalOrder", summary = "The case's removal order and its appeals")
  @APIResponse(responseCode = "200", description = "The order")
  public RestResponse<RemovalOrderView> get(@PathParam("caseId") long caseId) {
    return Responses.ok(service.get(caller.get(), caseId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(operationId = "issueRemovalOrder", summary = "Record the removal order (supervisor)")
  @APIResponse(
      responseCode = "201",
      description = "Issued; the case is REMOVAL_ORDERED",
      content = @Content(schema = @Schema(implementation = RemovalOrderView.class)))
  @APIResponse(responseCode = "409", description = "The case cannot be ordered removed now")
  public RestResponse<RemovalOrderView> issue(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull RemovalOrderRequest body,
      @Context UriInfo uri) {
    return Responses.createdAt(
        uri.getBaseUriBuilder().path("cases/{id}/removal-order").build(caseId),
        service.issue(caller.get(), caseId, key, body));
  }

  @POST
  @Path("/appeals")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(operationId = "fileAppeal", summary = "Record an appeal against the order")
  @APIResponse(
      responseCode = "201",
      description = "Filed; the case is APPEAL_PENDING",
      content = @Content(schema = @Schema(implementation = AppealView.class)))
  @APIResponse(
      responseCode = "409",
      description = "An appeal is pending, or the case cannot be appealed now")
  public RestResponse<AppealView> appeal(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull AppealRequest body,
      @Context UriInfo uri) {
    return Responses.createdAt(
        uri.getBaseUriBuilder().path("cases/{id}/removal-order").build(caseId),
        service.appeal(caller.get(), caseId, key, body));
  }

  @POST
  @Path("/appeals/{appealId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(operationId = "decideAppeal", summary = "Record the decision on an appeal")
  @APIResponse(responseCode = "200", description = "Decided")
  @APIResponse(responseCode = "409", description = "Already decided")
  public RestResponse<AppealView> decideAppeal(
      @PathParam("caseId") long caseId,
      @PathParam("appealId") long appealId,
      @HeaderParam("If-Match") @Parameter(description = "The ETag of the appeal") String ifMatch,
      @Valid @NotNull AppealDecisionRequest body) {
    return Responses.ok(service.decideAppeal(caller.get(), caseId, appealId, ifMatch, body));
  }

  @POST
  @Path("/finality")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "declareOrderFinal",
      summary =
          "Declare the order final: the case becomes ENFORCEABLE if nothing stands in the way")
  @APIResponse(responseCode = "200", description = "The case, ENFORCEABLE")
  @APIResponse(responseCode = "409", description = "Every reason the order is not final yet")
  public RestResponse<CaseView> declareFinal(
      @PathParam("caseId") long caseId,
      @HeaderParam("If-Match") @Parameter(description = "The ETag of the case") String ifMatch,
      @Valid @NotNull OrderFinalityRequest body) {
    return Responses.ok(service.declareFinal(caller.get(), caseId, ifMatch, body).toView());
  }
}
