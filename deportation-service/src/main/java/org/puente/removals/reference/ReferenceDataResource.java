package org.puente.removals.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.security.Roles;
import org.puente.removals.api.ReferenceCodes;
import org.puente.removals.api.ReferenceData;
import org.puente.removals.api.RemovalsPaths;

/**
 * The codes the service accepts, for forms to offer as choices. No personal data: every person of
 * every agency may read it.
 */
@Path(RemovalsPaths.REFERENCE_DATA)
@Tag(name = "Reference data", description = "The countries and languages the service accepts")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

  /** Made once: the codes are the build's, the same for every caller. */
  private static final ReferenceData ANSWER =
      new ReferenceData(ReferenceCodes.countries(), ReferenceCodes.languages());

  @GET
  @RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SUPERVISOR,
    Roles.ADVISOR,
    Roles.TRAINING_COORDINATOR,
    Roles.FUNDING_OFFICER,
    Roles.CERTIFYING_OFFICER,
    Roles.AUDITOR,
    Roles.ADMIN,
    Roles.MONITOR
  })
  @Operation(
      operationId = "getReferenceData",
      summary = "The countries and languages the service accepts, with English and Spanish names",
      description =
          "Exactly the codes the validation of requests accepts (a case's nationality and"
              + " languages, an identity or travel document's country, an interview's or a"
              + " notice's language): a form offering these is never refused for its code.")
  @APIResponse(
      responseCode = "200",
      description = "The codes, each list by code",
      content = @Content(schema = @Schema(implementation = ReferenceData.class)))
  public ReferenceData get() {
    return ANSWER;
  }
}
