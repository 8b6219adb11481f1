package org.puente.removals.complaints;

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
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintRequest;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.api.ComplaintTransitionRequest;
import org.puente.removals.api.ComplaintView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.COMPLAINTS)
@Tag(
    name = "Complaints",
    description =
        "Complaints from or on behalf of a person, tracked to a decision within deadlines")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class ComplaintResource {

  private final ComplaintService service;
  private final CurrentCaller caller;

  ComplaintResource(ComplaintService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.MONITOR})
  @Operation(
      operationId = "fileComplaint",
      summary = "Record a complaint received by any channel (the agency's staff, or a monitor)",
      description =
          "Case officers and supervisors of the owning agency, and monitors of any agency, record"
              + " complaints. The deadlines to acknowledge and to decide are counted in working"
              + " days of the owning agency's calendar from receivedOn.")
  @APIResponse(
      responseCode = "201",
      description = "RECEIVED",
      content = @Content(schema = @Schema(implementation = ComplaintView.class)))
  @APIResponse(
      responseCode = "400",
      description = "receivedOn in the future, or a relationship for a complaint not on behalf")
  @APIResponse(
      responseCode = "403",
      description =
          "Not the owning agency's case officer or supervisor nor a monitor, or a monitor of"
              + " another agency naming a case")
  @APIResponse(responseCode = "404", description = "The case or operation named does not exist")
  public RestResponse<ComplaintView> file(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull ComplaintRequest body,
      @Context UriInfo uri) {
    return Responses.created(uri, "complaints", service.file(caller.get(), key, body));
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.MONITOR})
  @Operation(
      operationId = "listComplaints",
      summary = "Complaints: all for the owning agency's staff, a monitor's own for a monitor")
  @APIResponse(responseCode = "200", description = "A page of complaints")
  @APIResponse(responseCode = "403", description = "Another agency's staff")
  public Page<ComplaintView> list(
      @QueryParam("status") @Parameter(description = "Only this status") ComplaintStatus status,
      @QueryParam("category") @Parameter(description = "Only this category")
          ComplaintCategory category,
      @QueryParam("overdue")
          @Parameter(description = "true: only those with a deadline passed and its step not done")
          Boolean overdue,
      @BeanParam PageRequest page) {
    return service.list(caller.get(), status, category, Boolean.TRUE.equals(overdue), page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.MONITOR})
  @Operation(operationId = "getComplaint", summary = "A complaint and its deadlines")
  @APIResponse(responseCode = "200", description = "The complaint")
  @APIResponse(responseCode = "403", description = "Another agency's staff")
  @APIResponse(
      responseCode = "404",
      description = "No such complaint, or (for a monitor) one recorded by someone else")
  public RestResponse<ComplaintView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(
      operationId = "transitionComplaint",
      summary = "Acknowledge, investigate or decide a complaint (a decision by a supervisor)")
  @APIResponse(responseCode = "200", description = "The complaint in its new status")
  @APIResponse(
      responseCode = "403",
      description = "Not the owning agency's staff, or a decision by someone not a supervisor")
  @APIResponse(
      responseCode = "409",
      description =
          "Not the next step (RECEIVED, ACKNOWLEDGED, UNDER_INVESTIGATION, DECIDED; WITHDRAWN may"
              + " be decided once acknowledged), a decision without outcome and reasons, or an"
              + " outcome on another step")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public RestResponse<ComplaintView> transition(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull ComplaintTransitionRequest body) {
    return Responses.ok(service.transition(caller.get(), id, ifMatch, body));
  }
}
