package org.puente.removals.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.api.CaseStatistics;
import org.puente.removals.api.RemovalStatistics;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.STATISTICS)
@Tag(name = "Statistics", description = "Aggregate counts; small cells hidden from other agencies")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  private static final Set<String> GROUPINGS = Set.of("month", "nationality", "month,nationality");

  private final StatisticsService service;
  private final CurrentCaller caller;

  StatisticsResource(StatisticsService service, CurrentCaller caller) {
    this.service = service;
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
}
