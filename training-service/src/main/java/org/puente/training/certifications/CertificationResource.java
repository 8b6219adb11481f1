package org.puente.training.certifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.http.Params;
import org.puente.common.http.PersonalData;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.courses.Competency;

@Path("/certifications")
@Tag(
    name = "Certifications",
    description = "Competencies officers hold, and the check other services ask")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class CertificationResource {

  private final CertificationService service;
  private final CurrentCaller caller;

  CertificationResource(CertificationService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
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
  @APIResponse(responseCode = "200", description = "A page of certifications")
  public Page<CertificationView> list(
      @QueryParam("officerId") @Parameter(description = "Only this officer") String officerId,
      @QueryParam("competency") @Parameter(description = "Only this competency") String competency,
      @QueryParam("expiringBefore")
          @Parameter(description = "Only those expiring before this date, e.g. today + 30 days")
          String expiringBefore,
      @BeanParam PageRequest page) {
    return service.list(
        caller.get(),
        Params.id("officerId", officerId),
        Params.enumOf(Competency.class, "competency", competency),
        Params.date("expiringBefore", expiringBefore),
        page);
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
  @APIResponse(responseCode = "200", description = "The answer; certified=false when not")
  public CertificationCheck check(
      @QueryParam("officerId") @Parameter(description = "The officer", required = true)
          String officerId,
      @QueryParam("competency") @Parameter(description = "The competency", required = true)
          String competency,
      @QueryParam("on") @Parameter(description = "The day (default today, UTC)") String on) {
    LocalDate day = Params.date("on", on);
    return service.check(
        caller.get(),
        Params.required("officerId", Params.id("officerId", officerId)),
        Params.required("competency", Params.enumOf(Competency.class, "competency", competency)),
        day != null ? day : LocalDate.now(ZoneOffset.UTC));
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
  @APIResponse(responseCode = "200", description = "The certification")
  public CertificationView get(@PathParam("id") long id) {
    return service.get(caller.get(), id);
  }
}
