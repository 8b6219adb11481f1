package org.puente.removals.screening;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.api.RemovalsPaths;
import org.puente.removals.api.ScreeningConfirmation;
import org.puente.removals.api.ScreeningRequest;
import org.puente.removals.api.ScreeningView;

@Path(RemovalsPaths.SCREENINGS)
@Tag(name = "Screenings", description = "Protection screening interviews by certified screeners")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class ScreeningResource {

  private final ScreeningService service;
  private final CurrentCaller caller;

  ScreeningResource(ScreeningService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listScreenings", summary = "The case's screening interviews")
  @APIResponse(responseCode = "200", description = "The screenings, oldest first")
  public List<ScreeningView> list(@PathParam("caseId") long caseId) {
    return service.list(caller.get(), caseId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(
      operationId = "recordScreening",
      summary = "Record a screening; the caller is the screener and must be certified")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; a claim found moves the case to PROTECTION_CLAIM_PENDING",
      content = @Content(schema = @Schema(implementation = ScreeningView.class)))
  @APIResponse(responseCode = "409", description = "The case is past screening")
  @APIResponse(
      responseCode = "503",
      description = "training-service could not confirm the certification; nothing recorded")
  public RestResponse<ScreeningView> record(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull ScreeningRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, "cases/" + caseId + "/screenings", service.record(caller.get(), caseId, key, body));
  }

  @POST
  @Path("/{screeningId}/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "confirmScreening",
      summary = "Confirm a negative screening (a supervisor other than the screener)")
  @APIResponse(responseCode = "200", description = "Confirmed; a removal order may rest on it")
  @APIResponse(responseCode = "403", description = "The screener cannot confirm their own")
  @APIResponse(responseCode = "409", description = "Not a negative screening, or already confirmed")
  public RestResponse<ScreeningView> confirm(
      @PathParam("caseId") long caseId,
      @PathParam("screeningId") long screeningId,
      @HeaderParam("If-Match") @Parameter(description = "The ETag of the screening") String ifMatch,
      @Valid @NotNull ScreeningConfirmation body) {
    return Responses.ok(service.confirm(caller.get(), caseId, screeningId, ifMatch, body));
  }
}
