package org.puente.removals.operations;

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
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationFundingRequest;
import org.puente.removals.api.OperationObligation;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.OperationView;
import org.puente.removals.api.RemovalsPaths;
import org.puente.removals.api.SeatDropRequest;
import org.puente.removals.api.SeatRequest;
import org.puente.removals.api.SeatView;

@Path(RemovalsPaths.OPERATIONS)
@Tag(name = "Operations", description = "Removal flights, their manifests and escorts")
@Produces(MediaType.APPLICATION_JSON)
public class OperationResource {

  private final OperationService operations;
  private final ManifestService manifest;
  private final CurrentCaller caller;

  OperationResource(OperationService operations, ManifestService manifest, CurrentCaller caller) {
    this.operations = operations;
    this.manifest = manifest;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.MONITOR})
  @Operation(
      operationId = "listOperations",
      summary = "The agency's removal operations; for a monitor, the operations they are named on")
  @APIResponse(responseCode = "200", description = "A page of operations")
  public Page<OperationView> list(
      @QueryParam("status") @Parameter(description = "Only this status") OperationStatus status,
      @BeanParam PageRequest page) {
    return operations.list(caller.get(), status, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(operationId = "planOperation", summary = "Plan a removal flight")
  @APIResponse(
      responseCode = "201",
      description = "PLANNED",
      content = @Content(schema = @Schema(implementation = OperationView.class)))
  public RestResponse<OperationView> plan(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull OperationPlanRequest body,
      @Context UriInfo uri) {
    return Responses.created(uri, "operations", operations.plan(caller.get(), key, body));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.MONITOR})
  @Operation(operationId = "getOperation", summary = "An operation with seats taken and escorts")
  @APIResponse(responseCode = "200", description = "The operation")
  @APIResponse(
      responseCode = "404",
      description = "No such operation for the caller: not their agency's, nor one they monitor")
  public RestResponse<OperationView> get(@PathParam("id") long id) {
    return Responses.ok(operations.get(caller.get(), id));
  }

  @POST
  @Path("/{id}/funding-request")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "requestOperationFunding",
      summary = "Ask funding-service again for the cost, e.g. after a refusal")
  @APIResponse(responseCode = "200", description = "FUNDING_PENDING until funding-service answers")
  @APIResponse(responseCode = "409", description = "Not PLANNED, or no cost estimate")
  public RestResponse<OperationView> requestFunding(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull OperationFundingRequest body) {
    return Responses.ok(operations.requestFunding(caller.get(), id, ifMatch, body));
  }

  @POST
  @Path("/{id}/funding")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "recordOperationFunding",
      summary = "Record an obligation made by hand in funding-service")
  @APIResponse(responseCode = "200", description = "FUNDED")
  @APIResponse(
      responseCode = "409",
      description =
          "Not PLANNED, or funding-service made no such obligation for this operation's reference")
  @APIResponse(
      responseCode = "503",
      description = "funding-service could not confirm the obligation; nothing recorded")
  public RestResponse<OperationView> recordFunding(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull OperationObligation body) {
    return Responses.ok(operations.recordFunding(caller.get(), id, ifMatch, body));
  }

  @POST
  @Path("/{id}/escorts")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "addEscort",
      summary = "Add an escort certified REMOVAL_ESCORT for the departure")
  @APIResponse(responseCode = "200", description = "The operation with the escort")
  @APIResponse(responseCode = "409", description = "Already an escort, or the operation has left")
  @APIResponse(
      responseCode = "503",
      description = "training-service could not confirm; nothing recorded")
  public RestResponse<OperationView> addEscort(
      @PathParam("id") long id, @Valid @NotNull EscortRequest body) {
    return Responses.ok(operations.addEscort(caller.get(), id, body));
  }

  @GET
  @Path("/{id}/manifest")
  @PersonalData
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listManifest", summary = "The manifest's seats, seated and dropped")
  @APIResponse(responseCode = "200", description = "A page of seats")
  public Page<SeatView> listManifest(@PathParam("id") long id, @BeanParam PageRequest page) {
    return manifest.list(caller.get(), id, page);
  }

  @POST
  @Path("/{id}/manifest")
  @PersonalData
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "addToManifest",
      summary = "Seat a case; the enforceability gate runs first")
  @APIResponse(
      responseCode = "201",
      description =
          "Seated; the case is MANIFESTED; relatives not yet seated are named by case id"
              + " (relativesNotSeated), and the freeze is refused while any remain",
      content = @Content(schema = @Schema(implementation = SeatView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Every failing safeguard, the flight is full, or the manifest is closed")
  public RestResponse<SeatView> addToManifest(
      @PathParam("id") long id, @Valid @NotNull SeatRequest body, @Context UriInfo uri) {
    SeatView seat = manifest.add(caller.get(), id, body);
    return RestResponse.ResponseBuilder.<SeatView>created(
            uri.getBaseUriBuilder().path("operations/{id}/manifest").build(id))
        .entity(seat)
        .build();
  }

  @POST
  @Path("/{id}/manifest/{caseId}/drop")
  @PersonalData
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "dropFromManifest",
      summary = "Take a person off the manifest, with a reason")
  @APIResponse(responseCode = "200", description = "Dropped; the case is ENFORCEABLE again")
  public RestResponse<SeatView> drop(
      @PathParam("id") long id,
      @PathParam("caseId") long caseId,
      @Valid @NotNull SeatDropRequest body) {
    return RestResponse.ok(manifest.drop(caller.get(), id, caseId, body));
  }

  @POST
  @Path("/{id}/manifest/freeze")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "freezeManifest",
      summary = "Freeze the manifest; the gate re-runs on every seat")
  @APIResponse(responseCode = "200", description = "MANIFEST_FROZEN")
  @APIResponse(
      responseCode = "409",
      description =
          "Seats that fail the gate now (including family members left off the manifest), each"
              + " with every reason; nothing is changed")
  public RestResponse<OperationView> freeze(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull ManifestRecheck body) {
    return Responses.ok(manifest.freeze(caller.get(), id, ifMatch, body));
  }

  @POST
  @Path("/{id}/departure")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "departOperation",
      summary = "Record departure; the gate re-runs on every seat")
  @APIResponse(responseCode = "200", description = "DEPARTED")
  @APIResponse(
      responseCode = "409",
      description = "Not frozen, no escort, or seats that fail the gate")
  public RestResponse<OperationView> depart(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull ManifestRecheck body) {
    return Responses.ok(manifest.depart(caller.get(), id, ifMatch, body));
  }

  @POST
  @Path("/{id}/closure")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "closeOperation",
      summary = "Complete (everyone seated is REMOVED) or cancel (everyone is dropped)")
  @APIResponse(responseCode = "200", description = "COMPLETED or CANCELLED")
  @APIResponse(responseCode = "409", description = "Not allowed from the current status")
  public RestResponse<OperationView> close(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull OperationClosure body) {
    return Responses.ok(manifest.close(caller.get(), id, ifMatch, body));
  }
}
