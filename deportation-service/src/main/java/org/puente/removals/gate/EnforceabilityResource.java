package org.puente.removals.gate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.http.PersonalData;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.ENFORCEABILITY)
@Tag(
    name = "Enforceability",
    description = "The gate: whether a person may lawfully be removed, and why not")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class EnforceabilityResource {

  private final EnforceabilityService service;
  private final CurrentCaller caller;

  EnforceabilityResource(EnforceabilityService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "checkEnforceability",
      summary = "Every safeguard that stands in the way of removal (none: enforceable)")
  @APIResponse(responseCode = "200", description = "{enforceable, reasons[]}")
  public EnforceabilityView check(
      @PathParam("caseId") long caseId,
      @QueryParam("destination")
          @Parameter(description = "ISO country of the flight (default: nationality)")
          String destination,
      @QueryParam("departureDate") @Parameter(description = "Date of departure (default: today)")
          LocalDate departureDate) {
    if (destination != null && !destination.isBlank() && !destination.matches("[A-Z]{2}")) {
      throw ProblemException.invalid("destination", "must be an ISO 3166-1 alpha-2 code");
    }
    return service.check(
        caller.get(),
        caseId,
        destination == null || destination.isBlank() ? null : destination,
        departureDate);
  }
}
