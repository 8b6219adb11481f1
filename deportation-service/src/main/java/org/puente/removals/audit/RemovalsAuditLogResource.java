package org.puente.removals.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Caller;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.HomeAgency;
import org.puente.removals.api.CaseReadView;
import org.puente.removals.api.RemovalsPaths;

/**
 * The audit logs of deportation-service for auditors: the revision log (every change set, with the
 * kinds of record it changed), the own-agency read log and the disclosure log, as CSV or JSON lines
 * over a period (default the last 30 days, at most 366, at most 10,000 rows).
 */
@Path(RemovalsPaths.AUDIT)
@Tag(name = "Audit", description = "Records' change history and the logs of reads, for auditors")
public class RemovalsAuditLogResource {

  private final RemovalsAuditService service;
  private final RevisionLog revisions;
  private final CaseReadLog reads;
  private final DisclosureLogExport disclosures;
  private final HomeAgency home;
  private final CurrentCaller caller;

  RemovalsAuditLogResource(
      RemovalsAuditService service,
      RevisionLog revisions,
      CaseReadLog reads,
      DisclosureLogExport disclosures,
      HomeAgency home,
      CurrentCaller caller) {
    this.service = service;
    this.revisions = revisions;
    this.reads = reads;
    this.disclosures = disclosures;
    this.home = home;
    this.caller = caller;
  }

  @GET
  @Path("/log")
  @Produces({AuditExport.CSV, AuditExport.NDJSON})
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "exportRemovalsAuditLog",
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
  public Response exportRevisions(
      @QueryParam("from") @Parameter(description = "From (inclusive), default 30 days before to")
          Instant from,
      @QueryParam("to") @Parameter(description = "To (exclusive), default now") Instant to,
      @Context HttpHeaders headers) {
    home.requireOwnStaff(caller.get(), "Revision logs of removal records");
    Instant[] period = AuditExport.period(from, to);
    return AuditExport.of(
        headers,
        "removals-revisions",
        RevisionLog.COLUMNS,
        revisions.between(period[0], period[1]));
  }

  @GET
  @Path("/reads")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listCaseReads",
      summary =
          "Reads of cases' personal data by the agency's own staff and by the monitors named on"
              + " its flights (partners' reads are in the disclosure log): who, when, which case")
  @APIResponse(responseCode = "200", description = "A page of reads, oldest first")
  public Page<CaseReadView> listReads(
      @QueryParam("caseId") @Parameter(description = "Only this case") @Positive Long caseId,
      @QueryParam("reader") @Parameter(description = "Only this user name") String reader,
      @QueryParam("from") @Parameter(description = "Read at or after") Instant from,
      @QueryParam("to") @Parameter(description = "Read before") Instant to,
      @BeanParam PageRequest page) {
    return service.reads(
        caller.get(), caseId, reader == null || reader.isBlank() ? null : reader, from, to, page);
  }

  @GET
  @Path("/reads/export")
  @Produces({AuditExport.CSV, AuditExport.NDJSON})
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "exportReadLog",
      summary =
          "Reads of cases' personal data by the agency's own staff and named monitors as CSV"
              + " (Accept: text/csv) or"
              + " JSON lines (application/x-ndjson)")
  @APIResponse(
      responseCode = "200",
      description = "The log, oldest first",
      content = {
        @Content(mediaType = AuditExport.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = AuditExport.NDJSON, schema = @Schema(type = SchemaType.STRING))
      })
  public Response exportReads(
      @QueryParam("from") @Parameter(description = "From (inclusive), default 30 days before to")
          Instant from,
      @QueryParam("to") @Parameter(description = "To (exclusive), default now") Instant to,
      @Context HttpHeaders headers) {
    home.requireOwnStaff(caller.get(), "Logs of reads of removal cases");
    Instant[] period = AuditExport.period(from, to);
    return AuditExport.of(
        headers, "case-reads", CaseReadLog.COLUMNS, reads.between(period[0], period[1]));
  }

  @GET
  @Path("/disclosures/export")
  @Produces({AuditExport.CSV, AuditExport.NDJSON})
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "exportDisclosureLog",
      summary =
          "Partners' reads of the agency's cases (and its own reads of partners' cases) as CSV"
              + " (Accept: text/csv) or JSON lines (application/x-ndjson)")
  @APIResponse(
      responseCode = "200",
      description = "The log, oldest first",
      content = {
        @Content(mediaType = AuditExport.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = AuditExport.NDJSON, schema = @Schema(type = SchemaType.STRING))
      })
  public Response exportDisclosures(
      @QueryParam("from") @Parameter(description = "From (inclusive), default 30 days before to")
          Instant from,
      @QueryParam("to") @Parameter(description = "To (exclusive), default now") Instant to,
      @Context HttpHeaders headers) {
    Caller who = caller.get();
    Instant[] period = AuditExport.period(from, to);
    return AuditExport.of(
        headers,
        "disclosures",
        DisclosureLogExport.COLUMNS,
        disclosures.between(who.agency().code(), period[0], period[1]));
  }
}
