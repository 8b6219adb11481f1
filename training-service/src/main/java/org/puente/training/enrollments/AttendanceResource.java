package org.puente.training.enrollments;

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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.api.AttendanceCorrection;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.AttendanceSheet;
import org.puente.training.api.AttendanceView;
import org.puente.training.api.TrainingPaths;

@Path(TrainingPaths.ATTENDANCE)
@Tag(name = "Attendance", description = "Daily attendance of enrolled officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PersonalData
public class AttendanceResource {

  private final AttendanceService service;
  private final CurrentCaller caller;

  AttendanceResource(AttendanceService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.TRAINING_COORDINATOR, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listAttendance", summary = "A session's attendance marks")
  @APIResponse(responseCode = "200", description = "A page of marks")
  public Page<AttendanceView> list(
      @PathParam("sessionId") long sessionId,
      @QueryParam("day") @Parameter(description = "Only this day") LocalDate day,
      @BeanParam PageRequest page) {
    return service.list(caller.get(), sessionId, day, page);
  }

  @POST
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(operationId = "recordAttendance", summary = "Record one day's sheet (provider)")
  @APIResponse(
      responseCode = "201",
      description = "The recorded marks",
      content = @Content(schema = @Schema(implementation = AttendanceSheet.class)))
  @APIResponse(
      responseCode = "409",
      description = "Session not started, an enrollment not ENROLLED, or a day already marked")
  public RestResponse<AttendanceSheet> record(
      @PathParam("sessionId") long sessionId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull AttendanceRequest body,
      @Context UriInfo uri) {
    Idempotency.Outcome<AttendanceSheet> outcome =
        service.record(caller.get(), sessionId, key, body);
    RestResponse.ResponseBuilder<AttendanceSheet> response =
        RestResponse.ResponseBuilder.<AttendanceSheet>created(
                uri.getBaseUriBuilder()
                    .path(TrainingPaths.ATTENDANCE)
                    .queryParam("day", body.day())
                    .build(sessionId))
            .entity(outcome.body());
    if (outcome.replayed()) {
      response.header(Responses.REPLAYED, "true");
    }
    return response.build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(operationId = "correctAttendance", summary = "Correct one mark before the result")
  @APIResponse(responseCode = "200", description = "The corrected mark")
  @APIResponse(responseCode = "409", description = "The result is already recorded")
  public RestResponse<AttendanceView> correct(
      @PathParam("sessionId") long sessionId,
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull AttendanceCorrection body) {
    return Responses.ok(service.correct(caller.get(), sessionId, id, ifMatch, body));
  }
}
