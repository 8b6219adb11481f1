package org.puente.training.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.api.TrainingPaths;
import org.puente.training.api.TrainingSummary;

@Path(TrainingPaths.REPORTS)
@Tag(name = "Reports", description = "Aggregates without personal data")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

  private final ReportService service;
  private final CurrentCaller caller;

  ReportResource(ReportService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path("/summary")
  @RolesAllowed({
    Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN
  })
  @Operation(
      operationId = "trainingSummary",
      summary = "Trained officers by agency and competency; cost per trained officer")
  @APIResponse(
      responseCode = "200",
      description = "The summary; revoked certifications count for no trained officer")
  public TrainingSummary summary() {
    caller.get();
    return service.summary();
  }
}
