package org.puente.training.audit;

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
import org.puente.common.audit.RecordHistory;
import org.puente.common.history.RecordChangeView;
import org.puente.common.http.PersonalData;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;

/** Records' change history of training-service, for the provider's auditors. */
@Path("/history")
@Tag(name = "Audit", description = "Records' change history and the revision log, for auditors")
public class TrainingHistoryResource {

  private final RecordHistory history;
  private final TrainingRecords records;
  private final CurrentCaller caller;

  TrainingHistoryResource(RecordHistory history, TrainingRecords records, CurrentCaller caller) {
    this.history = history;
    this.records = records;
    this.caller = caller;
  }

  @GET
  @Path("/{recordType}/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @PersonalData
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "trainingRecordHistory",
      summary =
          "Who changed a record, when, under which request id, and which fields: course, session,"
              + " officer, enrollment, attendance, certification")
  @APIResponse(responseCode = "200", description = "A page of changes, oldest first")
  public Page<RecordChangeView> recordHistory(
      @PathParam("recordType") @Parameter(description = "The kind of record, e.g. session")
          String recordType,
      @PathParam("id") long id,
      @BeanParam PageRequest page) {
    return history.read(caller.get(), records.types(), recordType, id, page);
  }
}
