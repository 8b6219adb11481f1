package org.puente.removals.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.removals.api.BestInterestRequest;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseSearch;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseSummary;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.FitnessRequest;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.RemovalsPaths;

@Path(RemovalsPaths.CASES)
@Tag(
    name = "Cases",
    description = "Removal cases: the person, the encounter, the status and its history")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class CaseResource {

  private final CaseService service;
  private final CurrentCaller caller;

  CaseResource(CaseService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listCases",
      summary =
          "Cases of the caller's agency and those disclosed to it (search by name: POST /cases/search)")
  @APIResponse(responseCode = "200", description = "A page of cases")
  public Page<CaseSummary> list(
      @QueryParam("status") @Parameter(description = "Only this status") CaseStatus status,
      @QueryParam("nationality") @Parameter(description = "ISO 3166-1 alpha-2") String nationality,
      @QueryParam("openFlag") @Parameter(description = "Only cases with this open flag")
          FlagType openFlag,
      @QueryParam("encounteredFrom") @Parameter(description = "Encountered on or after")
          LocalDate from,
      @QueryParam("encounteredTo") @Parameter(description = "Encountered on or before")
          LocalDate to,
      @QueryParam("flagDueBefore")
          @Parameter(
              description =
                  "Only cases with an open flag due before this day (overdue ones included), e.g."
                      + " today + 8 days; each case then gives its earliest such due date as due")
          LocalDate flagDueBefore,
      @QueryParam("appealDeadlineFrom")
          @Parameter(
              description =
                  "Only cases whose removal order has no appeal and can be appealed until this"
                      + " day or later, e.g. today; each case then gives the deadline as due")
          LocalDate appealDeadlineFrom,
      @QueryParam("appealDeadlineTo")
          @Parameter(
              description =
                  "Only cases whose removal order has no appeal and can be appealed until this"
                      + " day at the latest")
          LocalDate appealDeadlineTo,
      @QueryParam("claimPending")
          @Parameter(
              description = "true: only cases whose protection claim awaits a decision",
              schema = @Schema(type = SchemaType.BOOLEAN))
          String claimPending,
      @QueryParam("screeningAwaitingReview")
          @Parameter(
              description =
                  "true: only cases with a negative screening a second supervisor has not"
                      + " confirmed yet (confirmScreening)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          String screeningAwaitingReview,
      @BeanParam PageRequest page) {
    if (nationality != null && !nationality.isBlank() && !nationality.matches("[A-Z]{2}")) {
      throw ProblemException.invalid("nationality", "must be an ISO 3166-1 alpha-2 code");
    }
    if (appealDeadlineFrom != null
        && appealDeadlineTo != null
        && appealDeadlineTo.isBefore(appealDeadlineFrom)) {
      throw ProblemException.invalid("appealDeadlineTo", "must not be before appealDeadlineFrom");
    }
    if (flagDueBefore != null && (appealDeadlineFrom != null || appealDeadlineTo != null)) {
      // Each case gives one deadline: the list is of flags due or of appeal windows, not both.
      throw ProblemException.invalid(
          "flagDueBefore", "cannot be asked with appealDeadlineFrom or appealDeadlineTo");
    }
    CaseFilter filter =
        new CaseFilter(
            status,
            nationality == null || nationality.isBlank() ? null : nationality,
            openFlag,
            from,
            to,
            null,
            flagDueBefore,
            appealDeadlineFrom,
            appealDeadlineTo,
            yes("claimPending", claimPending),
            yes("screeningAwaitingReview", screeningAwaitingReview));
    return service.list(caller.get(), filter, page);
  }

  /**
   * A true/false query parameter read strictly: a queue asked with a typo ("ture") is refused, not
   * answered as if it had not been asked.
   */
  private static boolean yes(String name, String value) {
    if (value == null || value.isBlank() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ProblemException.invalid(name, "must be true or false");
  }

  @POST
  @Path(RemovalsPaths.CASE_SEARCH)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "searchCases",
      summary = "Search cases by name or biometric reference, with filters")
  @APIResponse(responseCode = "200", description = "A page of cases")
  public Page<CaseSummary> search(@Valid @NotNull CaseSearch body) {
    CaseFilter filter =
        new CaseFilter(
            body.status(),
            body.nationality(),
            body.openFlag(),
            body.encounteredFrom(),
            body.encounteredTo(),
            body.text());
    PageRequest page =
        PageRequest.of(body.limit() == null ? null : body.limit().toString(), body.cursor());
    return service.list(caller.get(), filter, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(operationId = "openCase", summary = "Open a case for a person encountered")
  @APIResponse(
      responseCode = "201",
      description = "Opened, status OPEN",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  public RestResponse<CaseView> open(
      @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retried create safe")
          String key,
      @Valid @NotNull CaseRequest body,
      @Context UriInfo uri) {
    return Responses.created(uri, "cases", service.open(caller.get(), key, body));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "getCase", summary = "A case; a partner's read is logged")
  @APIResponse(responseCode = "200", description = "The case")
  public RestResponse<CaseView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "transitionCase",
      summary = "Start screening, release or close a case, with a reason")
  @APIResponse(responseCode = "200", description = "The case in its new status")
  @APIResponse(responseCode = "409", description = "The move is unlawful from the current status")
  public RestResponse<CaseView> transition(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull CaseTransitionRequest body) {
    return Responses.ok(service.transition(caller.get(), id, ifMatch, body));
  }

  @PUT
  @Path("/{id}/fitness-to-fly")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR})
  @Operation(
      operationId = "assessFitnessToFly",
      summary = "Record whether the person can travel by air")
  @APIResponse(responseCode = "200", description = "The case")
  public RestResponse<CaseView> assessFitness(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull FitnessRequest body) {
    return Responses.ok(service.assessFitness(caller.get(), id, ifMatch, body));
  }

  @PUT
  @Path("/{id}/best-interest-determination")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUPERVISOR)
  @Operation(
      operationId = "determineBestInterest",
      summary = "Record a child's best-interest determination")
  @APIResponse(responseCode = "200", description = "The case")
  public RestResponse<CaseView> determineBestInterest(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull BestInterestRequest body) {
    return Responses.ok(service.determineBestInterest(caller.get(), id, ifMatch, body));
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed({Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "caseHistory",
      summary = "The case's timeline: transitions, flags, documents, partner reads")
  @APIResponse(responseCode = "200", description = "A page of events, oldest first")
  public Page<CaseEventView> history(@PathParam("id") long id, @BeanParam PageRequest page) {
    return service.history(caller.get(), id, page);
  }
}
