package org.puente.training.enrollments;

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
import org.puente.training.api.EnrollmentStatus;
import org.puente.training.api.EnrollmentView;
import org.puente.training.api.NominationRequest;
import org.puente.training.api.TrainingPaths;

@Path(TrainingPaths.NOMINATIONS)
@Tag(name = "Enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PersonalData
public class NominationResource {

  private final EnrollmentService service;
  private final CurrentCaller caller;

  NominationResource(EnrollmentService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.TRAINING_COORDINATOR, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listNominations",
      summary = "A session's nominations (a partner sees only its own)")
  @APIResponse(responseCode = "200", description = "A page of nominations")
  public Page<EnrollmentView> list(
      @PathParam("sessionId") long sessionId,
      @QueryParam("status") @Parameter(description = "Only this status") EnrollmentStatus status,
      @BeanParam PageRequest page) {
    return service.list(caller.get(), sessionId, status, page);
  }

  @POST
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(
      operationId = "nominateOfficer",
      summary =
          "Nominate an officer of the caller's agency; takes a seat or joins the waiting list")
  @APIResponse(
      responseCode = "201",
      description = "NOMINATED (seat held) or WAITLISTED",
      content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Session not open, officer not eligible (every reason listed), or already nominated")
  public RestResponse<EnrollmentView> nominate(
      @PathParam("sessionId") long sessionId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull NominationRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, TrainingPaths.ENROLLMENTS, service.nominate(caller.get(), sessionId, key, body));
  }
}
