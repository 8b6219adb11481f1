package org.puente.training.enrollments;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.api.CompletionRequest;
import org.puente.training.api.CompletionView;
import org.puente.training.api.EnrollmentView;
import org.puente.training.api.TrainingPaths;

@Path(TrainingPaths.ENROLLMENTS)
@Tag(
    name = "Enrollments",
    description = "Nominations to a session, the waiting list, approval and results")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class EnrollmentResource {

  private final EnrollmentService service;
  private final CurrentCaller caller;

  EnrollmentResource(EnrollmentService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.TRAINING_COORDINATOR, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "getEnrollment", summary = "Read a nomination and its outcome")
  @APIResponse(responseCode = "200", description = "The enrollment")
  public RestResponse<EnrollmentView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @Path("/{id}/approval")
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(operationId = "approveEnrollment", summary = "Approve a nomination (provider)")
  @APIResponse(responseCode = "200", description = "ENROLLED")
  @APIResponse(
      responseCode = "409",
      description = "Not NOMINATED, session not open, or not eligible")
  public RestResponse<EnrollmentView> approve(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(service.approve(caller.get(), id, ifMatch));
  }

  @POST
  @Path("/{id}/rejection")
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(
      operationId = "rejectEnrollment",
      summary = "Reject a nomination (provider); its seat goes to the next in line")
  @APIResponse(responseCode = "200", description = "REJECTED")
  @APIResponse(responseCode = "409", description = "Already decided")
  public RestResponse<EnrollmentView> reject(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(service.reject(caller.get(), id, ifMatch));
  }

  @POST
  @Path("/{id}/withdrawal")
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(
      operationId = "withdrawEnrollment",
      summary = "Withdraw a nomination; its seat goes to the next in line")
  @APIResponse(responseCode = "200", description = "WITHDRAWN")
  @APIResponse(responseCode = "409", description = "Already completed or the session is over")
  public RestResponse<EnrollmentView> withdraw(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(service.withdraw(caller.get(), id, ifMatch));
  }

  @POST
  @Path("/{id}/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(
      operationId = "completeEnrollment",
      summary = "Record the score; a pass with enough attendance issues a certification")
  @APIResponse(
      responseCode = "200",
      description = "PASSED with its certification, or FAILED with reasons")
  @APIResponse(responseCode = "409", description = "Not ENROLLED or the session has not started")
  public RestResponse<CompletionView> complete(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull CompletionRequest body) {
    return Responses.ok(service.complete(caller.get(), id, ifMatch, body));
  }
}
