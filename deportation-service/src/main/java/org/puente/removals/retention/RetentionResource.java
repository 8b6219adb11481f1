package org.puente.removals.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.api.RemovalsPaths;
import org.puente.removals.api.RetentionRunRequest;
import org.puente.removals.api.RetentionRunView;

/**
 * The retention policy of this deployment: its runs (counts only, no personal data), and a run on
 * demand. Only the home agency's administrators run it; its auditors read the runs too.
 */
@Path(RemovalsPaths.RETENTION_RUNS)
@Tag(
    name = "Retention",
    description = "Pseudonymisation of cases past their retention period, and its runs")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  private final RetentionService service;
  private final CurrentCaller caller;
  private final RemovalsConfig config;

  RetentionResource(RetentionService service, CurrentCaller caller, RemovalsConfig config) {
    this.service = service;
    this.caller = caller;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "runRetention",
      summary = "Run the retention policy now, or (dry run) count what it would change")
  @APIResponse(
      responseCode = "201",
      description = "The run, finished, with its counts",
      content = @Content(schema = @Schema(implementation = RetentionRunView.class)))
  @APIResponse(responseCode = "409", description = "Another run is in progress")
  public RestResponse<RetentionRunView> run(@Valid @NotNull RetentionRunRequest body) {
    Caller who = homeOnly();
    return RestResponse.ResponseBuilder.<RetentionRunView>create(RestResponse.Status.CREATED)
        .entity(service.run(who, body.dryRun()))
        .build();
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  @Operation(operationId = "listRetentionRuns", summary = "The runs of the retention policy")
  @APIResponse(responseCode = "200", description = "A page of runs, oldest first")
  public Page<RetentionRunView> list(@BeanParam PageRequest page) {
    homeOnly();
    return service.list(page);
  }

  /** The policy and its runs are the home agency's: partners' administrators get 403. */
  private Caller homeOnly() {
    Caller who = caller.get();
    if (!who.isOf(config.home())) {
      throw ProblemException.forbidden("Retention is run by the agency that keeps the cases");
    }
    return who;
  }
}
