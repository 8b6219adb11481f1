package org.puente.removals.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.history.RecordChangeView;
import org.puente.common.http.PersonalData;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.HISTORY)
@Tag(name = "Audit", description = "Records' change history and the logs of reads, for auditors")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class RemovalsHistoryResource {

  private final RemovalsAuditService service;
  private final CurrentCaller caller;

  RemovalsHistoryResource(RemovalsAuditService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path("/{recordType}/{id}")
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "removalsRecordHistory",
      summary =
          "Who changed a record, when, under which request id, and which fields: case, flag,"
              + " screening, protection-claim, removal-order, appeal, travel-document,"
              + " rights-notice, family-separation, operation, manifest-seat, disclosure-grant")
  @APIResponse(responseCode = "200", description = "A page of changes, oldest first")
  public Page<RecordChangeView> history(
      @PathParam("recordType") @Parameter(description = "The kind of record, e.g. case")
          String recordType,
      @PathParam("id") long id,
      @BeanParam PageRequest page) {
    return service.history(caller.get(), recordType, id, page);
  }
}
