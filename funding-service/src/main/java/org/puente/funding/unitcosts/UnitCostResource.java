package org.puente.funding.unitcosts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.api.UnitCostReport;

@Path(FundingPaths.REPORTS)
@Tag(name = "Reports", description = "Budget execution")
public class UnitCostResource {

  static final String CSV = "text/csv";

  private final UnitCostService service;
  private final CurrentCaller caller;

  UnitCostResource(UnitCostService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path(FundingPaths.UNIT_COST_REPORT)
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @RolesAllowed({
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.SUPERVISOR
  })
  @Operation(
      operationId = "unitCostReport",
      summary =
          "Cost per person removed and per certified officer, from actuals, per obligation, line,"
              + " agreement or month; CSV with Accept: text/csv")
  @APIResponse(
      responseCode = "200",
      description =
          "The report, for the agreements of the caller's agency. Unit cost = actual cost /"
              + " output, scale 2, HALF_UP.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitCostReport.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "400", description = "An unknown grouping, or from after to")
  public RestResponse<UnitCostReport> unitCosts(
      @QueryParam("groupBy")
          @Parameter(
              description = "obligation (an operation or a session), line, agreement or period",
              schema =
                  @Schema(
                      enumeration = {"obligation", "line", "agreement", "period"},
                      defaultValue = "obligation"))
          String groupBy,
      @QueryParam("from") @Parameter(description = "Approved on or after (UTC date)")
          LocalDate from,
      @QueryParam("to") @Parameter(description = "Approved on or before (UTC date)") LocalDate to,
      @QueryParam("format")
          @Parameter(
              description = "csv: the CSV whatever Accept says (for a link in a page)",
              schema = @Schema(enumeration = {"json", "csv"}))
          String format,
      @Context HttpHeaders headers) {
    UnitCosts.Grouping grouping =
        groupBy == null || groupBy.isBlank()
            ? UnitCosts.Grouping.OBLIGATION
            : UnitCosts.Grouping.parse(groupBy);
    if (grouping == null) {
      throw ProblemException.invalid("groupBy", "must be obligation, line, agreement or period");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw ProblemException.invalid("from", "must not be after to");
    }
    if (format != null && !format.isBlank() && !format.equals("csv") && !format.equals("json")) {
      throw ProblemException.invalid("format", "must be csv or json");
    }
    boolean csv =
        "csv".equals(format)
            || format == null
                && headers.getAcceptableMediaTypes().stream()
                    .findFirst()
                    .map(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType())
                    .orElse(false);
    UnitCostReport report = service.report(caller.get(), grouping, from, to);
    if (csv) {
      // UnitCostCsv writes it as CSV.
      return RestResponse.ResponseBuilder.ok(report, CSV + "; charset=UTF-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"unit-costs-" + grouping.param() + ".csv\"")
          .build();
    }
    return RestResponse.ResponseBuilder.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
