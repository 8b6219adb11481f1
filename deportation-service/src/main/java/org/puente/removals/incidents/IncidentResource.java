package org.puente.removals.incidents;

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
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.api.IncidentFollowUpRequest;
import org.puente.removals.api.IncidentRequest;
import org.puente.removals.api.IncidentSummary;
import org.puente.removals.api.IncidentView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.OPERATIONS + "/{id}")
@Tag(name = "Incidents", description = "Incidents of removal operations and their follow-up")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

  private final IncidentService incidents;
  private final CurrentCaller caller;

  IncidentResource(IncidentService incidents, CurrentCaller caller) {
    this.incidents = incidents;
    this.caller = caller;
  }

  @GET
  @Path("/incidents")
  @PersonalData
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.MONITOR
  })
  @Operation(
      operationId = "listIncidents",
      summary =
          "Incidents recorded for the operation: in full for its agency and monitors; for a partner"
              + " only those whose every person involved a disclosure grant covers (logged)")
  @APIResponse(responseCode = "200", description = "A page of incidents")
  @APIResponse(responseCode = "404", description = "No such operation for the caller")
  public Page<IncidentView> list(@PathParam("id") long id, @BeanParam PageRequest page) {
    return incidents.list(caller.get(), id, page);
  }

  @POST
  @Path("/incidents")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.MONITOR})
  @Operation(
      operationId = "reportIncident",
      summary = "Record an incident (the operation's officers or a monitor named on it)")
  @APIResponse(
      responseCode = "201",
      description = "Recorded, REPORTED",
      content = @Content(schema = @Schema(implementation = IncidentView.class)))
  @APIResponse(responseCode = "409", description = "Before the manifest is frozen")
  @APIResponse(
      responseCode = "400",
      description = "A person involved is not on the operation's manifest")
  public RestResponse<IncidentView> report(
      @PathParam("id") long id,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull IncidentRequest body,
      @Context UriInfo uri) {
    return Responses.createdAt(
        uri.getBaseUriBuilder().path("operations/{id}/incidents").build(id),
        incidents.report(caller.get(), id, key, body));
  }

  @POST
  @Path("/incidents/{incidentId}/follow-up")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "followUpIncident",
      summary =
          "Move an incident's follow-up one step: ASSIGNED (with an assignee), UNDER_REVIEW,"
              + " CLOSED (with findings); the severity may be set or changed")
  @APIResponse(responseCode = "200", description = "The incident")
  @APIResponse(responseCode = "409", description = "Not allowed from the current follow-up status")
  public RestResponse<IncidentView> followUp(
      @PathParam("id") long id,
      @PathParam("incidentId") long incidentId,
      @HeaderParam("If-Match") @Parameter(description = "The incident's version last read")
          String ifMatch,
      @Valid @NotNull IncidentFollowUpRequest body) {
    return Responses.ok(incidents.followUp(caller.get(), id, incidentId, ifMatch, body));
  }

  @GET
  @Path("/incident-summary")
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.MONITOR
  })
  @Operation(
      operationId = "incidentSummary",
      summary =
          "The operation's incidents counted by category and severity, no personal data: for its"
              + " agency, its monitors, and the funder while the operation has a funding obligation")
  @APIResponse(responseCode = "200", description = "The counts")
  @APIResponse(responseCode = "404", description = "No such operation for the caller")
  public IncidentSummary summary(@PathParam("id") long id) {
    return incidents.summary(caller.get(), id);
  }
}
