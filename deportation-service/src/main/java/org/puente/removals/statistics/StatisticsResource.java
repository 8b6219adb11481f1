package org.puente.removals.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
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
import org.puente.removals.api.CaseStatistics;
import org.puente.removals.api.ComplaintStatistics;
import org.puente.removals.api.OversightStatistics;
import org.puente.removals.api.RemovalStatistics;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.STATISTICS)
@Tag(name = "Statistics", description = "Aggregate counts; small cells hidden from other agencies")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  private static final Set<String> GROUPINGS = Set.of("month", "nationality", "month,nationality");

  static final String CSV = "text/csv";

  private final StatisticsService service;
  private final OversightService oversight;
  private final CurrentCaller caller;

  StatisticsResource(StatisticsService service, OversightService oversight, CurrentCaller caller) {
    this.service = service;
    this.oversight = oversight;
    this.caller = caller;
  }

  @GET
  @Path("/removals")
  @RolesAllowed({
    Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN
  })
  @Operation(
      operationId = "removalStatistics",
      summary = "Removals by month and/or nationality; small counts hidden from other agencies",
      description =
          "For the owning agency, exact counts for any period. For other agencies, whole calendar"
              + " months only (from the first day of a month to the last day of a month, or"
              + " months given as YYYY-MM), counts under 5 hidden, and with them whatever would"
              + " reveal them (complementary suppression): each month is protected on its own,"
              + " and a figure over several months is shown only if every monthly figure in it"
              + " is, so that no answer, nor the difference of two, reveals a count under 5."
              + " A hidden count is null with suppressed true; a hidden total is null with"
              + " totalSuppressed true.")
  @APIResponse(responseCode = "200", description = "The table")
  @APIResponse(
      responseCode = "400",
      description =
          "A date or month is not valid, to is before from, the period is over ten years, or (for"
              + " other agencies) it is not whole months; the field is named in errors")
  public RemovalStatistics removals(
      @QueryParam("from")
          @Parameter(
              description =
                  "First day (2024-03-01) or first month (2024-03); for other agencies the first"
                      + " day of a month",
              required = true)
          String from,
      @QueryParam("to")
          @Parameter(
              description =
                  "Last day (2024-05-31) or last month (2024-05); for other agencies the last day"
                      + " of a month",
              required = true)
          String to,
      @QueryParam("groupBy")
          @Parameter(description = "month, nationality or month,nationality (default)")
          String groupBy) {
    String grouping = groupBy == null || groupBy.isBlank() ? "month,nationality" : groupBy.strip();
    if (!GROUPINGS.contains(grouping)) {
      throw ProblemException.invalid("groupBy", "must be month, nationality or month,nationality");
    }
    return service.removals(
        caller.get(), Period.start("from", from), Period.end("to", to), grouping);
  }

  @GET
  @Path("/cases")
  @RolesAllowed({
    Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN
  })
  @Operation(
      operationId = "caseStatistics",
      summary = "Cases by status now; small counts hidden from other agencies",
      description =
          "Exact for the owning agency. For other agencies counts under 5 are hidden, and with"
              + " them whatever other count, or the total, would reveal them (complementary"
              + " suppression). A hidden count is null with suppressed true; a hidden total is"
              + " null with totalSuppressed true.")
  @APIResponse(responseCode = "200", description = "The table")
  public CaseStatistics cases() {
    return service.cases(caller.get());
  }

  @GET
  @Path("/oversight")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.MONITOR
  })
  @Operation(
      operationId = "oversightStatistics",
      summary =
          "Screenings, protection claims and outcomes, orders, appeals, removals and post-return"
              + " contacts by nationality, sex or age band; CSV with Accept: text/csv",
      description =
          "Each event counts in the period by its own date (a screening's day in the owning"
              + " agency's time zone, a claim's filing or decision, ...); the age band is MINOR or"
              + " ADULT on that date (UNKNOWN without a date of birth). Exact for the owning"
              + " agency. For other agencies whole months only and, per column, counts under 5"
              + " hidden with whatever would reveal them, month by month as in the removal"
              + " tables: a hidden count is null and its column is named in suppressed.")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OversightStatistics.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(
      responseCode = "400",
      description =
          "A date or month is not valid, to is before from, the period is over ten years, by is"
              + " not nationality, sex or ageBand, or (for other agencies) not whole months")
  public RestResponse<OversightStatistics> oversight(
      @QueryParam("from")
          @Parameter(
              description = "First day (2024-03-01) or first month (2024-03)",
              required = true)
          String from,
      @QueryParam("to")
          @Parameter(description = "Last day (2024-05-31) or last month (2024-05)", required = true)
          String to,
      @QueryParam("by") @Parameter(description = "nationality (default), sex or ageBand") String by,
      @Context HttpHeaders headers) {
    String grouping = by == null || by.isBlank() ? "nationality" : by.strip();
    if (!OversightService.GROUPINGS.contains(grouping)) {
      throw ProblemException.invalid("by", "must be nationality, sex or ageBand");
    }
    OversightStatistics table =
        oversight.oversight(
            caller.get(), Period.start("from", from), Period.end("to", to), grouping);
    return answer(table, headers, "oversight-" + grouping);
  }

  @GET
  @Path("/complaints")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.MONITOR
  })
  @Operation(
      operationId = "complaintStatistics",
      summary =
          "Complaints received in the period by category and outcome (OPEN until decided); CSV"
              + " with Accept: text/csv",
      description =
          "Exact for the owning agency. For other agencies whole months only and, per outcome"
              + " column, counts under 5 hidden with whatever would reveal them, month by month"
              + " as in the removal tables: a hidden count is null and its column is named in"
              + " suppressed.")
  @APIResponse(
      responseCode = "200",
      description = "The table",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplaintStatistics.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(
      responseCode = "400",
      description =
          "A date or month is not valid, to is before from, the period is over ten years, or (for"
              + " other agencies) not whole months")
  public RestResponse<ComplaintStatistics> complaints(
      @QueryParam("from")
          @Parameter(
              description = "First day (2024-03-01) or first month (2024-03)",
              required = true)
          String from,
      @QueryParam("to")
          @Parameter(description = "Last day (2024-05-31) or last month (2024-05)", required = true)
          String to,
      @Context HttpHeaders headers) {
    ComplaintStatistics table =
        oversight.complaints(caller.get(), Period.start("from", from), Period.end("to", to));
    return answer(table, headers, "complaints");
  }

  /** JSON, or (written by {@link StatisticsCsv}) CSV when the client asks for it first. */
  private static <T> RestResponse<T> answer(T table, HttpHeaders headers, String name) {
    boolean csv =
        headers.getAcceptableMediaTypes().stream()
            .findFirst()
            .map(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType())
            .orElse(false);
    if (csv) {
      return RestResponse.ResponseBuilder.ok(table, CSV + "; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
          .build();
    }
    return RestResponse.ResponseBuilder.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
