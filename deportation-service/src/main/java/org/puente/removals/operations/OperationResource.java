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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.http.Params;
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;

@Path("/operations")
@Tag(name = "Operations", description = "Removal flights, their manifests, escorts and incidents")
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
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listOperations", summary = "The agency's removal operations")
  @APIResponse(responseCode = "200", description = "A page of operations")
  public Page<OperationApi.View> list(
      @QueryParam("status") @Parameter(description = "Only this status") String status,
      @BeanParam PageRequest page) {
    return operations.list(
        caller.get(), Params.enumOf(OperationStatus.class, "status", status), page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(operationId = "planOperation", summary = "Plan a removal flight")
  @APIResponse(responseCode = "201", description = "PLANNED")
  public Response plan(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull OperationApi.Plan body,
      @Context UriInfo uri) {
    return Responses.created(uri, "operations", operations.plan(caller.get(), key, body));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "getOperation", summary = "An operation with seats taken and escorts")
  @APIResponse(responseCode = "200", description = "The operation")
  public Response get(@PathParam("id") long id) {
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
  public Response requestFunding(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull OperationApi.FundingRequest body) {
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
  public Response recordFunding(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull OperationApi.Funding body) {
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
  public Response addEscort(@PathParam("id") long id, @Valid @NotNull OperationApi.Escort body) {
    return Responses.ok(operations.addEscort(caller.get(), id, body));
  }

  @GET
  @Path("/{id}/manifest")
  @PersonalData
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listManifest", summary = "The manifest's seats, seated and dropped")
  @APIResponse(responseCode = "200", description = "A page of seats")
  public Page<OperationApi.SeatView> listManifest(
      @PathParam("id") long id, @BeanParam PageRequest page) {
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
              + " (relativesNotSeated), and the freeze is refused while any remain")
  @APIResponse(
      responseCode = "409",
      description = "Every failing safeguard, the flight is full, or the manifest is closed")
  public Response addToManifest(
      @PathParam("id") long id, @Valid @NotNull OperationApi.Seat body, @Context UriInfo uri) {
    OperationApi.SeatView seat = manifest.add(caller.get(), id, body);
    return Response.created(uri.getBaseUriBuilder().path("operations/{id}/manifest").build(id))
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
  public Response drop(
      @PathParam("id") long id,
      @PathParam("caseId") long caseId,
      @Valid @NotNull OperationApi.Drop body) {
    return Response.ok(manifest.drop(caller.get(), id, caseId, body)).build();
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
  public Response freeze(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull OperationApi.Recheck body) {
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
  public Response depart(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull OperationApi.Recheck body) {
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
  public Response close(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull OperationApi.Close body) {
    return Responses.ok(manifest.close(caller.get(), id, ifMatch, body));
  }

  @GET
  @Path("/{id}/incidents")
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listIncidents", summary = "Incidents recorded for the operation")
  @APIResponse(responseCode = "200", description = "A page of incidents")
  public Page<OperationApi.IncidentView> incidents(
      @PathParam("id") long id, @BeanParam PageRequest page) {
    return operations.incidents(caller.get(), id, page);
  }

  @POST
  @Path("/{id}/incidents")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(operationId = "reportIncident", summary = "Record an incident")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "409", description = "Before the manifest is frozen")
  public Response report(
      @PathParam("id") long id, @Valid @NotNull OperationApi.Incident body, @Context UriInfo uri) {
    OperationApi.IncidentView incident = operations.report(caller.get(), id, body);
    return Response.created(uri.getBaseUriBuilder().path("operations/{id}/incidents").build(id))
        .entity(incident)
        .build();
  }
}
