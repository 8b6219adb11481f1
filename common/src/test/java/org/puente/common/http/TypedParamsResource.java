package org.puente.common.http;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;

/** A resource declaring each kind of typed query parameter, as the services' resources will. */
@Path("/typed-params")
@PermitAll
public class TypedParamsResource {

  public enum Shade {
    LIGHT,
    DARK
  }

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String read(
      @QueryParam("shade") Shade shade,
      @QueryParam("day") LocalDate day,
      @QueryParam("since") Instant since,
      @QueryParam("courseId") @Positive Long courseId,
      @QueryParam("offset") Long offset) {
    return shade + " " + day + " " + since + " " + courseId + " " + offset;
  }
}
