package org.puente.removals.flags;

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
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagResolution;
import org.puente.removals.api.FlagView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.FLAGS)
@Tag(name = "Flags", description = "Vulnerability flags that hold removal until resolved")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class FlagResource {

  private final FlagService service;
  private final CurrentCaller caller;

  FlagResource(FlagService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listFlags", summary = "A case's flags, open and resolved")
  @APIResponse(responseCode = "200", description = "A page of flags")
  public Page<FlagView> list(@PathParam("caseId") long caseId, @BeanParam PageRequest page) {
    return service.list(caller.get(), caseId, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(operationId = "raiseFlag", summary = "Raise a vulnerability flag")
  @APIResponse(
      responseCode = "201",
      description = "Raised",
      content = @Content(schema = @Schema(implementation = FlagView.class)))
  public RestResponse<FlagView> raise(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull FlagRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri, "cases/" + caseId + "/flags", service.raise(caller.get(), caseId, key, body));
  }

  @POST
  @Path("/{flagId}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(operationId = "resolveFlag", summary = "Resolve a flag with a reason (supervisor)")
  @APIResponse(responseCode = "200", description = "Resolved")
  @APIResponse(
      responseCode = "409",
      description =
          "Already resolved, or an unaccompanied minor without best-interest determination")
  public RestResponse<FlagView> resolve(
      @PathParam("caseId") long caseId,
      @PathParam("flagId") long flagId,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull FlagResolution body) {
    return Responses.ok(service.resolve(caller.get(), caseId, flagId, ifMatch, body));
  }
}
