package org.puente.training.officers;

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
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Agency;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.OfficerView;
import org.puente.training.api.TrainingPaths;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

@Path(TrainingPaths.OFFICERS)
@Tag(name = "Officers", description = "Partner officials and their vetting; personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PersonalData
public class OfficerResource {

  private final OfficerService service;
  private final CurrentCaller caller;

  OfficerResource(OfficerService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.TRAINING_COORDINATOR,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(
      operationId = "listOfficers",
      summary = "List officers of the caller's agency (the provider sees every agency's)")
  @APIResponse(responseCode = "200", description = "A page of officers")
  public Page<OfficerView> list(
      @QueryParam("agency") @Parameter(description = "PA-SNM, US-DHS or US-DOS") String agency,
      @QueryParam("vettingStatus") @Parameter(description = "PENDING, CLEARED or DENIED")
          VettingStatus vettingStatus,
      @QueryParam("vettingExpiringBefore")
          @Parameter(
              description =
                  "Only officers whose CLEARED vetting expires before this date, e.g. today + 60"
                      + " days (expired ones included): a certificate never outlives the vetting")
          LocalDate vettingExpiringBefore,
      @BeanParam PageRequest page) {
    Agency filter = null;
    if (agency != null && !agency.isBlank()) {
      filter =
          Agency.fromCode(agency.trim())
              .orElseThrow(
                  () ->
                      org.puente.common.problem.ProblemException.invalid(
                          "agency", "must be one of PA-SNM, US-DHS, US-DOS"));
    }
    return service.list(caller.get(), filter, vettingStatus, vettingExpiringBefore, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.TRAINING_COORDINATOR,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(operationId = "getOfficer", summary = "Read an officer and their vetting")
  @APIResponse(responseCode = "200", description = "The officer")
  public RestResponse<OfficerView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(
      operationId = "createOfficer",
      summary = "Register an official of the caller's agency; vetting starts PENDING")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = OfficerView.class)))
  @APIResponse(responseCode = "409", description = "The badge number is already registered")
  public RestResponse<OfficerView> create(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull OfficerRequest body,
      @Context UriInfo uri) {
    return Responses.created(uri, TrainingPaths.OFFICERS, service.create(caller.get(), key, body));
  }

  @PUT
  @Path("/{id}/vetting")
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(operationId = "recordVetting", summary = "Record the vetting outcome (provider)")
  @APIResponse(responseCode = "200", description = "The officer with the new vetting")
  public RestResponse<OfficerView> recordVetting(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull VettingRequest body) {
    return Responses.ok(service.recordVetting(caller.get(), id, ifMatch, body));
  }
}
