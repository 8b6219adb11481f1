package org.puente.training.sessions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import org.puente.common.http.Responses;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.api.SessionFundingRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.SessionView;
import org.puente.training.api.TrainingPaths;

@Path(TrainingPaths.SESSIONS)
@Tag(name = "Sessions", description = "Scheduled runs of a course, with capacity and cost")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  private final SessionService service;
  private final CurrentCaller caller;

  SessionResource(SessionService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({
    Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN
  })
  @Operation(
      operationId = "listSessions",
      summary = "List sessions by course, status or start date")
  @APIResponse(responseCode = "200", description = "A page of sessions")
  public Page<SessionView> list(
      @QueryParam("courseId") @Parameter(description = "Only this course") @Positive Long courseId,
      @QueryParam("status") @Parameter(description = "Only this status") SessionStatus status,
      @QueryParam("startsFrom")
          @Parameter(description = "Only sessions starting on or after this date")
          LocalDate startsFrom,
      @BeanParam PageRequest page) {
    caller.get();
    return service.list(courseId, status, startsFrom, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN
  })
  @Operation(operationId = "getSession", summary = "Read a session with its seats")
  @APIResponse(responseCode = "200", description = "The session")
  public RestResponse<SessionView> get(@PathParam("id") long id) {
    caller.get();
    return Responses.ok(service.get(id));
  }

  @POST
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(operationId = "createSession", summary = "Schedule a session (provider's coordinator)")
  @APIResponse(
      responseCode = "201",
      description = "Scheduled, status PLANNED",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  public RestResponse<SessionView> create(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull SessionRequest body,
      @Context UriInfo uri) {
    return Responses.created(uri, TrainingPaths.SESSIONS, service.create(caller.get(), key, body));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(operationId = "updateSession", summary = "Change a session before it starts")
  @APIResponse(responseCode = "200", description = "The changed session")
  @APIResponse(
      responseCode = "409",
      description = "Started, course changed, or capacity below seats held")
  public RestResponse<SessionView> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull SessionRequest body) {
    return Responses.ok(service.update(caller.get(), id, ifMatch, body));
  }

  @POST
  @Path("/{id}/transitions")
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(
      operationId = "transitionSession",
      summary = "Open, start, complete or cancel a session")
  @APIResponse(responseCode = "200", description = "The session in its new status")
  @APIResponse(
      responseCode = "409",
      description = "The transition is not allowed from the current status")
  public RestResponse<SessionView> transition(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull SessionTransition body) {
    return Responses.ok(service.transition(caller.get(), id, ifMatch, body));
  }

  @POST
  @Path("/{id}/funding-request")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(
      operationId = "requestSessionFunding",
      summary = "Ask funding-service to fund the session from a TRAINING line")
  @APIResponse(responseCode = "200", description = "funding.status PENDING until it answers")
  @APIResponse(responseCode = "409", description = "Already funded or pending, or too late")
  public RestResponse<SessionView> requestFunding(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull SessionFundingRequest body) {
    return Responses.ok(service.requestFunding(caller.get(), id, ifMatch, body));
  }
}
