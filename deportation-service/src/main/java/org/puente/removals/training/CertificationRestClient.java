package org.puente.removals.training;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** training-service's certification check, as it publishes it. Use {@link CertificationClient}. */
@RegisterRestClient(configKey = "training")
@RegisterClientHeaders
@Path("/api/v1/training/certifications")
interface CertificationRestClient {

  /** training-service's answer. */
  record Answer(
      long officerId,
      String competency,
      LocalDate on,
      boolean certified,
      Long certificationId,
      LocalDate expiresOn) {}

  @GET
  @Path("/check")
  Answer check(
      @QueryParam("officerId") long officerId,
      @QueryParam("competency") String competency,
      @QueryParam("on") LocalDate on);
}
