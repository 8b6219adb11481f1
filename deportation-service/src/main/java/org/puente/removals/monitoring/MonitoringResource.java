package org.puente.removals.monitoring;

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
import org.puente.removals.api.CareManifestEntry;
import org.puente.removals.api.MonitorAssignmentEnd;
import org.puente.removals.api.MonitorAssignmentRequest;
import org.puente.removals.api.MonitorAssignmentView;
import org.puente.removals.api.MonitorReportRequest;
import org.puente.removals.api.MonitorReportView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.OPERATIONS + "/{id}")
@Tag(
    name = "Monitoring",
    description = "Independent monitors named per operation, the care manifest and their reports")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

  private final MonitoringService monitoring;
  private final CurrentCaller caller;

  MonitoringResource(MonitoringService monitoring, CurrentCaller caller) {
    this.monitoring = monitoring;
    this.caller = caller;
  }

  @POST
  @Path("/monitors")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "assignMonitor",
      summary = "Name a monitor (of any agency) on the operation, by agency and user name")
  @APIResponse(
      responseCode = "201",
      description = "Named; the monitor now reads the operation",
      content = @Content(schema = @Schema(implementation = MonitorAssignmentView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Already named, or the operation is completed or cancelled")
  public RestResponse<MonitorAssignmentView> assign(
      @PathParam("id") long id,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull MonitorAssignmentRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, "operations/" + id + "/monitors", monitoring.assign(caller.get(), id, key, body));
  }

  @GET
  @Path("/monitors")
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.MONITOR})
  @Operation(operationId = "listMonitors", summary = "The monitors named on the operation")
  @APIResponse(responseCode = "200", description = "A page of assignments, active and ended")
  @APIResponse(responseCode = "404", description = "No such operation for the caller")
  public Page<MonitorAssignmentView> list(@PathParam("id") long id, @BeanParam PageRequest page) {
    return monitoring.list(caller.get(), id, page);
  }

  @POST
  @Path("/monitors/{assignmentId}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "endMonitorAssignment",
      summary = "End a monitor's assignment: they no longer see the operation")
  @APIResponse(responseCode = "200", description = "Ended")
  @APIResponse(responseCode = "409", description = "Ended already")
  public RestResponse<MonitorAssignmentView> end(
      @PathParam("id") long id,
      @PathParam("assignmentId") long assignmentId,
      @HeaderParam("If-Match") @Parameter(description = "The assignment's version last read")
          String ifMatch,
      @Valid @NotNull MonitorAssignmentEnd body) {
    return Responses.ok(monitoring.end(caller.get(), id, assignmentId, ifMatch, body));
  }

  @GET
  @Path("/care-manifest")
  @PersonalData
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.MONITOR})
  @Operation(
      operationId = "careManifest",
      summary =
          "Who is seated, with what care requires: name, age, sex, languages, open vulnerability"
              + " flags (no screening notes, no documents)")
  @APIResponse(responseCode = "200", description = "A page of seated people")
  @APIResponse(responseCode = "403", description = "US-DOS never receives personal data")
  @APIResponse(responseCode = "404", description = "No such operation for the caller")
  public Page<CareManifestEntry> careManifest(
      @PathParam("id") long id, @BeanParam PageRequest page) {
    return monitoring.careManifest(caller.get(), id, page);
  }

  @POST
  @Path("/monitor-reports")
  @PersonalData
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MONITOR)
  @Operation(
      operationId = "fileMonitorReport",
      summary =
          "A monitor named on the operation reports on one phase: conditions, restraints, medical"
              + " needs, and each person's handover outcome")
  @APIResponse(
      responseCode = "201",
      description = "Filed",
      content = @Content(schema = @Schema(implementation = MonitorReportView.class)))
  @APIResponse(responseCode = "404", description = "No such operation for the caller")
  @APIResponse(
      responseCode = "400",
      description = "A handover names a person not on the operation's manifest")
  public RestResponse<MonitorReportView> file(
      @PathParam("id") long id,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull MonitorReportRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, "operations/" + id + "/monitor-reports", monitoring.file(caller.get(), id, key, body));
  }

  @GET
  @Path("/monitor-reports")
  @PersonalData
  @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.MONITOR})
  @Operation(operationId = "listMonitorReports", summary = "The monitors' reports on the operation")
  @APIResponse(responseCode = "200", description = "A page of reports")
  @APIResponse(responseCode = "403", description = "US-DOS never receives personal data")
  @APIResponse(responseCode = "404", description = "No such operation for the caller")
  public Page<MonitorReportView> reports(@PathParam("id") long id, @BeanParam PageRequest page) {
    return monitoring.reports(caller.get(), id, page);
  }
}
