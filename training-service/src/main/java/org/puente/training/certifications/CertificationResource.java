package org.puente.training.certifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.Params;
import org.puente.common.http.PersonalData;
import org.puente.common.http.Responses;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.TrainingConfig;
import org.puente.training.api.CertificationCheck;
import org.puente.training.api.CertificationCheckReason;
import org.puente.training.api.CertificationRevocationRequest;
import org.puente.training.api.CertificationView;
import org.puente.training.api.Competency;
import org.puente.training.api.TrainingPaths;

@Path(TrainingPaths.CERTIFICATIONS)
@Tag(
    name = "Certifications",
    description = "Competencies officers hold, and the check other services ask")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class CertificationResource {

  private final CertificationService service;
  private final CurrentCaller caller;
  private final TrainingConfig config;

  CertificationResource(CertificationService service, CurrentCaller caller, TrainingConfig config) {
    this.service = service;
    this.caller = caller;
    this.config = config;
  }

  @GET
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.TRAINING_COORDINATOR,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(
      operationId = "listCertifications",
      summary = "List certifications of the caller's agency (the provider sees all)")
  @APIResponse(
      responseCode = "200",
      description =
          "A page of certifications, revoked ones included (with their revocation) unless"
              + " expiringBefore is given")
  public Page<CertificationView> list(
      @QueryParam("officerId") @Parameter(description = "Only this officer") @Positive
          Long officerId,
      @QueryParam("competency") @Parameter(description = "Only this competency")
          Competency competency,
      @QueryParam("expiringBefore")
          @Parameter(
              description =
                  "Only those expiring before this date, e.g. today + 30 days; revoked ones are"
                      + " left out, since they count for nothing already")
          LocalDate expiringBefore,
      @BeanParam PageRequest page) {
    return service.list(caller.get(), officerId, competency, expiringBefore, page);
  }

  @GET
  @Path("/check")
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.TRAINING_COORDINATOR,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(
      operationId = "checkCertification",
      summary = "Whether an officer holds a valid certification in a competency on a day")
  @APIResponse(
      responseCode = "200",
      description =
          "The answer; certified=false when no certification covers the day, it was revoked, or"
              + " the officer's vetting is not CLEARED or has expired by then",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CertificationCheck.class)),
      headers =
          @Header(
              name = CertificationCheckReason.HEADER,
              description =
                  "When certified=false, why: NOT_CERTIFIED, REVOKED, VETTING_NOT_CLEARED or"
                      + " VETTING_EXPIRED"))
  public RestResponse<CertificationCheck> check(
      @QueryParam("officerId") @Parameter(description = "The officer", required = true) @Positive
          Long officerId,
      @QueryParam("competency") @Parameter(description = "The competency", required = true)
          Competency competency,
      @QueryParam("on") @Parameter(description = "The day (default today, UTC)") LocalDate on) {
    CertificationService.Answer answer =
        service.check(
            caller.get(),
            Params.required("officerId", officerId),
            Params.required("competency", competency),
            on != null ? on : config.today());
    RestResponse.ResponseBuilder<CertificationCheck> ok =
        RestResponse.ResponseBuilder.ok(answer.check());
    if (answer.reason() != null) {
      ok.header(CertificationCheckReason.HEADER, answer.reason().name());
    }
    return ok.build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.TRAINING_COORDINATOR,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(operationId = "getCertification", summary = "Read a certification")
  @APIResponse(responseCode = "200", description = "The certification, with its revocation if any")
  public RestResponse<CertificationView> get(@PathParam("id") long id) {
    return Responses.ok(service.get(caller.get(), id));
  }

  @POST
  @Path("/{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.TRAINING_COORDINATOR)
  @Operation(
      operationId = "revokeCertification",
      summary = "Revoke a certification, with the reason (provider's coordinator)")
  @APIResponse(
      responseCode = "200",
      description = "The certification, revoked: the check answers certified=false from now on")
  @APIResponse(responseCode = "409", description = "Already revoked")
  public RestResponse<CertificationView> revoke(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
      @Valid @NotNull CertificationRevocationRequest body) {
    return Responses.ok(service.revoke(caller.get(), id, ifMatch, body));
  }
}
