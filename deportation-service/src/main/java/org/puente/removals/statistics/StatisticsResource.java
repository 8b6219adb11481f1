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
import org.puente.common.http.Params;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;

@Path("/statistics")
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
      summary = "Removals by month and/or nationality; counts under 5 hidden from other agencies")
  @APIResponse(responseCode = "200", description = "The table")
  public RemovalStatistics removals(
      @QueryParam("from") @Parameter(description = "First day", required = true) String from,
      @QueryParam("to") @Parameter(description = "Last day", required = true) String to,
      @QueryParam("groupBy")
          @Parameter(description = "month, nationality or month,nationality (default)")
          String groupBy) {
    String grouping = groupBy == null || groupBy.isBlank() ? "month,nationality" : groupBy.strip();
    if (!GROUPINGS.contains(grouping)) {
      throw ProblemException.invalid("groupBy", "must be month, nationality or month,nationality");
    }
    return service.removals(
        caller.get(),
        Params.required("from", Params.date("from", from)),
        Params.required("to", Params.date("to", to)),
        grouping);
  }

  @GET
  @Path("/cases")
  @RolesAllowed({
    Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN
  })
  @Operation(
      operationId = "caseStatistics",
      summary = "Cases by status now; counts under 5 hidden from other agencies")
  @APIResponse(responseCode = "200", description = "The table")
  public CaseStatistics cases() {
    return service.cases(caller.get());
  }
}
