package org.puente.funding.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.Params;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.api.ExecutionReport;
import org.puente.funding.api.FundingPaths;

@Path(FundingPaths.REPORTS)
@Tag(name = "Reports", description = "Budget execution")
public class ReportResource {

  static final String CSV = "text/csv";

  private final ReportService service;
  private final CurrentCaller caller;

  ReportResource(ReportService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path(FundingPaths.EXECUTION_REPORT)
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @RolesAllowed({
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.SUPERVISOR
  })
  @Operation(
      operationId = "executionReport",
      summary = "Budget execution of an agreement, per line; CSV with Accept: text/csv")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExecutionReport.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
      })
  public RestResponse<ExecutionReport> execution(
      @QueryParam("agreementId")
          @Parameter(description = "The agreement", required = true)
          @Positive
          Long agreementId,
      @Context HttpHeaders headers) {
    long id = Params.required("agreementId", agreementId);
    boolean csv =
        headers.getAcceptableMediaTypes().stream()
            .findFirst()
            .map(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType())
            .orElse(false);
    ExecutionReport report = service.execution(caller.get(), id);
    if (csv) {
      // ExecutionReportCsv writes it as CSV.
      return RestResponse.ResponseBuilder.ok(report, CSV + "; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"execution-" + id + ".csv\"")
          .build();
    }
    return RestResponse.ResponseBuilder.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
