package org.puente.training.courses;

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
import org.puente.training.api.Competency;
import org.puente.training.api.CourseRequest;
import org.puente.training.api.CourseView;
import org.puente.training.api.TrainingPaths;

@Path(TrainingPaths.COURSES)
@Tag(name = "Courses", description = "The catalogue of courses the provider agency teaches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

  private final CourseService service;
  private final CurrentCaller caller;

  CourseResource(CourseService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({
    Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN
  })
  @Operation(
      operationId = "listCourses",
      summary = "List courses, filtered by competency or language")
  @APIResponse(responseCode = "200", description = "A page of courses")
  public Page<CourseView> list(
      @QueryParam("competency") @Parameter(description = "One of the competencies")
          Competency competency,
      @QueryParam("language") @Parameter(description = "es or en") String language,
      @BeanParam PageRequest page) {
    caller.get();
    return service.list(competency, language, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN
  })
  @Operation(operationId = "getCourse", summary = "Read a course; its ETag is its version")
  @APIResponse(responseCode = "200", description = "The course")
  public RestResponse<CourseView> get(@PathParam("id") long id) {
    caller.get();
    return Responses.ok(service.get(id));
  }

  @POST
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(operationId = "createCourse", summary = "Add a course (provider's coordinator)")
  @APIResponse(
      responseCode = "201",
      description = "Created; replays carry Idempotent-Replayed",
      content = @Content(schema = @Schema(implementation = CourseView.class)))
  public RestResponse<CourseView> create(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull CourseRequest body,
      @Context UriInfo uri) {
    return Responses.created(uri, TrainingPaths.COURSES, service.create(caller.get(), key, body));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(operationId = "updateCourse", summary = "Change a course (provider's coordinator)")
  @APIResponse(responseCode = "200", description = "The changed course")
  public RestResponse<CourseView> update(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull CourseRequest body) {
    return Responses.ok(service.update(caller.get(), id, ifMatch, body));
  }
}
