package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;
import org.puente.common.paging.Page;
import org.puente.removals.api.DisclosureGrantView;

/**
 * Disclosures: the grants the agency gave partner agencies (and received), each revocable by who
 * may revoke; a grant is given from the case it discloses ({@link CasePages}). The partners' reads
 * under them are in the disclosure log ({@link AuditPages}).
 */
@Path("/portal/disclosures")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DisclosurePages implements FormPages {

  private static final Pattern LIST = Pattern.compile("/portal/disclosures");

  static final String API = "/api/v1/removals/disclosures";

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  DisclosurePages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  /** The page the revocations sit on. */
  @Override
  public Optional<Response> page(String path) {
    return FormPages.match(path, LIST).map(m -> list(null));
  }

  @GET
  public Response list(@QueryParam("cursor") String cursor) {
    user.requireRuns("removals");
    user.require("listDisclosureGrants");
    Page<DisclosureGrantView> page =
        backend.page(API + "?limit=50" + Query.and("cursor", cursor), DisclosureGrantView.class);
    return Views.html(
        views
            .page("disclosures", "disclosures")
            .data("grants", page.items() == null ? java.util.List.of() : page.items())
            .data(
                "nextPage",
                page.nextCursor() == null
                    ? null
                    : "/portal/disclosures?" + Query.and("cursor", page.nextCursor()).substring(1))
            .data("agency", user.agency()));
  }

  /** Ends a grant now; If-Match from the grant as listed (a grant changed since is refused). */
  @POST
  @Path("/{id}/revocation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@PathParam("id") long id, @FormParam("version") Long version) {
    user.require("revokeDisclosure");
    backend.send("POST", API + "/" + id + "/revocation", null, version, null);
    return Views.done("/portal/disclosures", "disclosure_revoked");
  }
}
