package org.puente.training.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.audit.AuditExport;
import org.puente.common.audit.RevisionLog;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.TrainingAccess;

/** The revision log of training-service, for the provider's auditors. */
@Path("/audit")
@Tag(name = "Audit", description = "Records' change history and the revision log, for auditors")
public class TrainingAuditLogResource {

  private final RevisionLog revisions;
  private final TrainingAccess access;
  private final CurrentCaller caller;

  TrainingAuditLogResource(RevisionLog revisions, TrainingAccess access, CurrentCaller caller) {
    this.revisions = revisions;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @Path("/log")
  @Produces({AuditExport.CSV, AuditExport.NDJSON})
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "exportTrainingAuditLog",
      summary =
          "The revision log (who changed which kinds of record, when, under which request id)"
              + " as CSV (Accept: text/csv) or JSON lines (application/x-ndjson)")
  @APIResponse(
      responseCode = "200",
      description = "The log, oldest first",
      content = {
        @Content(mediaType = AuditExport.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = AuditExport.NDJSON, schema = @Schema(type = SchemaType.STRING))
      })
  public Response exportLog(
      @QueryParam("from") @Parameter(description = "From (inclusive), default 30 days before to")
          Instant from,
      @QueryParam("to") @Parameter(description = "To (exclusive), default now") Instant to,
      @Context HttpHeaders headers) {
    Caller who = caller.get();
    if (!access.isProvider(who)) {
      throw ProblemException.forbidden(
          "The revision log of training records is for " + access.provider() + "'s auditors");
    }
    Instant[] period = AuditExport.period(from, to);
    return AuditExport.of(
        headers,
        "training-revisions",
        RevisionLog.COLUMNS,
        revisions.between(period[0], period[1]));
  }
}
