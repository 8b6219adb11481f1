package org.puente.removals.cases;

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
import org.puente.removals.api.RemovalsPaths;
import org.puente.removals.api.SeparationRequest;
import org.puente.removals.api.SeparationView;

@Path(RemovalsPaths.FAMILY_SEPARATIONS)
@Tag(
    name = "Family",
    description = "Family unity: decisions that a person may be removed without a relative")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class FamilyResource {

  private final FamilyService service;
  private final CurrentCaller caller;

  FamilyResource(FamilyService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listFamilySeparations",
      summary = "Separation decisions recorded for the case (either side)")
  @APIResponse(responseCode = "200", description = "A page of decisions")
  @APIResponse(responseCode = "404", description = "No such case for the caller")
  public Page<SeparationView> list(@PathParam("caseId") long caseId, @BeanParam PageRequest page) {
    return service.separations(caller.get(), caseId, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "decideFamilySeparation",
      summary = "Decide, with a reason, that the person may be removed without a linked relative")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = SeparationView.class)))
  @APIResponse(responseCode = "400", description = "No relative or no reason")
  @APIResponse(responseCode = "404", description = "No such case for the caller")
  @APIResponse(
      responseCode = "409",
      description = "Not a linked relative, or a separation is already recorded")
  @APIResponse(
      responseCode = "422",
      description = "The Idempotency-Key was used with another request")
  public RestResponse<SeparationView> separate(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull SeparationRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri,
        "cases/" + caseId + "/family-separations",
        service.separate(caller.get(), caseId, key, body));
  }
}
