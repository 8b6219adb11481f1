package org.puente.removals.disclosures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.removals.api.DisclosureGrantView;
import org.puente.removals.api.DisclosureLogView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.DISCLOSURES)
@Tag(
    name = "Disclosures",
    description = "Grants of access to partner agencies, and the log of their reads")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class DisclosureResource {

  private final DisclosureService service;
  private final CurrentCaller caller;

  DisclosureResource(DisclosureService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listDisclosureGrants",
      summary = "Grants the caller's agency gave or received")
  @APIResponse(responseCode = "200", description = "A page of grants")
  public Page<DisclosureGrantView> list(@BeanParam PageRequest page) {
    return service.list(caller.get(), page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      operationId = "grantDisclosure",
      summary = "Let a partner agency read a case (or all cases) until a date")
  @APIResponse(
      responseCode = "201",
      description = "Granted",
      content = @Content(schema = @Schema(implementation = DisclosureGrantView.class)))
  public RestResponse<DisclosureGrantView> grant(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull DisclosureGrantRequest body,
      @Context UriInfo uri) {
    return Responses.created(uri, "disclosures", service.grant(caller.get(), key, body));
  }

  @POST
  @Path("/{id}/revocation")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(operationId = "revokeDisclosure", summary = "End a grant now")
  @APIResponse(responseCode = "200", description = "Revoked")
  @APIResponse(responseCode = "409", description = "Already revoked")
  public RestResponse<DisclosureGrantView> revoke(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(service.revoke(caller.get(), id, ifMatch));
  }

  @GET
  @Path("/log")
  @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "disclosureLog",
      summary = "Who of a partner read which case, when, on what basis")
  @APIResponse(responseCode = "200", description = "A page of log entries")
  public Page<DisclosureLogView> log(
      @QueryParam("caseId") @Parameter(description = "Only this case") @Positive Long caseId,
      @BeanParam PageRequest page) {
    return service.log(caller.get(), caseId, page);
  }
}
