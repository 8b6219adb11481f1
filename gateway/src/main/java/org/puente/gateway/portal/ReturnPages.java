package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.puente.common.paging.Page;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.PostReturnContactRequest;
import org.puente.removals.api.PostReturnContactView;

/**
 * Contact with a removed person after their return: the contacts recorded, and the form that
 * records one (reached or not, concerns reported or not). Reached from the case page of a REMOVED
 * case; what the person said travels in the form's body only.
 */
@Path("/portal/returns/{caseId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReturnPages {

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  ReturnPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  static String api(long caseId) {
    return "/api/v1/removals/cases/" + caseId + "/post-return-contacts";
  }

  @GET
  public Response contacts(@PathParam("caseId") long caseId) {
    user.requireRuns("removals");
    user.require("listPostReturnContacts");
    CaseView c = backend.get("/api/v1/removals/cases/" + caseId, CaseView.class);
    Page<PostReturnContactView> page =
        backend.page(api(caseId) + "?limit=200", PostReturnContactView.class);
    return Views.html(
        views
            .page("returns", "cases")
            .data("c", c)
            .data("contacts", page.items())
            .data("today", LocalDate.now(views.zone()).toString())
            .data("key", UUID.randomUUID().toString()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response record(
      @PathParam("caseId") long caseId,
      @FormParam("contactedOn") String contactedOn,
      @FormParam("reached") String reached,
      @FormParam("concernsReported") String concernsReported,
      @FormParam("concerns") String concerns,
      @FormParam("key") String key) {
    user.require("recordPostReturnContact");
    backend.send(
        "POST",
        api(caseId),
        new PostReturnContactRequest(
            Forms.date(contactedOn, "contactedOn"),
            Forms.yes(reached),
            Forms.yes(concernsReported),
            Forms.blankToNull(concerns)),
        null,
        Query.key(key));
    return Views.done("/portal/returns/" + caseId, "contact_recorded");
  }
}
