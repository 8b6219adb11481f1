package org.puente.removals.documents;

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
import org.puente.removals.api.TravelDocumentRequest;
import org.puente.removals.api.TravelDocumentUpdate;
import org.puente.removals.api.TravelDocumentView;

@Path(RemovalsPaths.TRAVEL_DOCUMENTS)
@Tag(name = "Travel documents", description = "Passports and consular travel documents for return")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class DocumentResource {

  private final DocumentService service;
  private final CurrentCaller caller;

  DocumentResource(DocumentService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listTravelDocuments", summary = "The case's travel documents")
  @APIResponse(responseCode = "200", description = "A page of documents")
  public Page<TravelDocumentView> list(
      @PathParam("caseId") long caseId, @BeanParam PageRequest page) {
    return service.list(caller.get(), caseId, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(operationId = "requestTravelDocument", summary = "Request a travel document")
  @APIResponse(
      responseCode = "201",
      description = "REQUESTED",
      content = @Content(schema = @Schema(implementation = TravelDocumentView.class)))
  public RestResponse<TravelDocumentView> request(
      @PathParam("caseId") long caseId,
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull TravelDocumentRequest body,
      @Context UriInfo uri) {
    return Responses.created(
        uri,
        "cases/" + caseId + "/travel-documents",
        service.request(caller.get(), caseId, key, body));
  }

  @PUT
  @Path("/{documentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(
      operationId = "updateTravelDocument",
      summary = "Record the document issued or refused, or an issued one expired or cancelled")
  @APIResponse(responseCode = "200", description = "The document")
  @APIResponse(
      responseCode = "400",
      description = "An ISSUED document without number and validity, or details for another status")
  @APIResponse(
      responseCode = "409",
      description =
          "The status moves forward only: REQUESTED to ISSUED or REFUSED, ISSUED to EXPIRED or"
              + " CANCELLED")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public RestResponse<TravelDocumentView> update(
      @PathParam("caseId") long caseId,
      @PathParam("documentId") long documentId,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull TravelDocumentUpdate body) {
    return Responses.ok(service.update(caller.get(), caseId, documentId, ifMatch, body));
  }
}
