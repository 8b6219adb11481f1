package org.puente.removals.aftercare;

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
import org.puente.removals.api.PostReturnContactRequest;
import org.puente.removals.api.PostReturnContactView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.POST_RETURN_CONTACTS)
@Tag(name = "Post-return contact", description = "Contact with people after their removal")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class PostReturnContactResource {

  private final PostReturnContactService service;
  private final CurrentCaller caller;

  PostReturnContactResource(PostReturnContactService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listPostReturnContacts", summary = "A removed person's contacts")
  @APIResponse(responseCode = "200", description = "A page of contacts")
  public Page<PostReturnContactView> list(
      @PathParam("caseId") long caseId, @BeanParam PageRequest page) {
    return service.list(caller.get(), caseId, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(
      operationId = "recordPostReturnContact",
      summary = "Record a contact with a removed person: reached or not, concerns reported or not")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = PostReturnContactView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "In the future or before the removal, concerns from a person not reached, or concerns"
              + " text without concernsReported")
  @APIResponse(responseCode = "409", description = "The case is not REMOVED")
  public RestResponse<PostReturnContactView> record(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull PostReturnContactRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri,
        "cases/" + caseId + "/post-return-contacts",
        service.record(caller.get(), caseId, key, body));
  }
}
