package org.puente.removals.rights;

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
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.RightsNoticeView;

@Path(RemovalsPaths.RIGHTS_NOTICES)
@Tag(
    name = "Rights notices",
    description = "That the person was told of their rights, in a language they understand")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class RightsResource {

  private final RightsService service;
  private final CurrentCaller caller;

  RightsResource(RightsService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listRightsNotices", summary = "The notices of rights, oldest first")
  @APIResponse(responseCode = "200", description = "The notices")
  public List<RightsNoticeView> list(@PathParam("caseId") long caseId) {
    return service.list(caller.get(), caseId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(
      operationId = "recordRightsNotice",
      summary = "Record that the person was told of their rights (required before an order)")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = RightsNoticeView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not in one of the person's languages and no interpreter named")
  public RestResponse<RightsNoticeView> record(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull RightsNoticeRequest body,
      @Context UriInfo uri) {
    return Responses.createdAt(
        uri.getBaseUriBuilder().path("cases/{id}/rights-notices").build(caseId),
        service.record(caller.get(), caseId, key, body));
  }
}
