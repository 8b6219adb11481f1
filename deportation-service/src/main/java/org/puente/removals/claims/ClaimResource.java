package org.puente.removals.claims;

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
import org.puente.removals.api.ClaimDecisionRequest;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.removals.api.ProtectionClaimView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.PROTECTION_CLAIM)
@Tag(
    name = "Protection claims",
    description = "Claims for international protection and their decision")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class ClaimResource {

  private final ClaimService service;
  private final CurrentCaller caller;

  ClaimResource(ClaimService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "getProtectionClaim", summary = "The case's latest protection claim")
  @APIResponse(responseCode = "200", description = "The claim")
  public RestResponse<ProtectionClaimView> get(@PathParam("caseId") long caseId) {
    return Responses.ok(service.get(caller.get(), caseId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(
      operationId = "fileProtectionClaim",
      summary = "Record a claim; removal is suspended until decided")
  @APIResponse(
      responseCode = "201",
      description = "Filed; the case is PROTECTION_CLAIM_PENDING",
      content = @Content(schema = @Schema(implementation = ProtectionClaimView.class)))
  @APIResponse(responseCode = "409", description = "A claim is pending, or the case is final")
  public RestResponse<ProtectionClaimView> file(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull ProtectionClaimRequest body,
      @Context UriInfo uri) {
    return Responses.createdAt(
        uri.getBaseUriBuilder().path("cases/{id}/protection-claim").build(caseId),
        service.file(caller.get(), caseId, key, body));
  }

  @POST
  @Path("/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(operationId = "decideProtectionClaim", summary = "Grant or deny the pending claim")
  @APIResponse(
      responseCode = "200",
      description = "Decided; the case is PROTECTION_GRANTED or _DENIED")
  @APIResponse(responseCode = "409", description = "Already decided")
  public RestResponse<ProtectionClaimView> decide(
      @PathParam("caseId") long caseId,
      @HeaderParam("If-Match") @Parameter(description = "The ETag of the claim last read")
          String ifMatch,
      @Valid @NotNull ClaimDecisionRequest body) {
    return Responses.ok(service.decide(caller.get(), caseId, ifMatch, body));
  }
}
