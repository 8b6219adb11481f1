package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.puente.common.paging.Page;
import org.puente.removals.api.RetentionRunRequest;
import org.puente.removals.api.RetentionRunView;

/**
 * For the home agency's administrators (and, reading, its auditors): the runs of the retention
 * policy with their counts, and a dry run (or a real one) on demand.
 */
@Path("/portal/retention")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RetentionPages {

  private static final String API = "/api/v1/removals/retention/runs";

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  RetentionPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  @GET
  public Response runs(@QueryParam("cursor") String cursor) {
    user.requireRuns("removals");
    user.require("listRetentionRuns");
    Backend.Answer<Page<RetentionRunView>> runs =
        backend
            .readPage(API + "?limit=50" + Query.and("cursor", cursor), RetentionRunView.class)
            .answer();
    String next = runs.ok().map(Page::nextCursor).orElse(null);
    return Views.html(
        views
            .page("retention", "retention")
            .data("runs", Backend.Answer.items(runs))
            .data("runsAvailable", runs.status() < 400)
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/retention?" + Query.and("cursor", next).substring(1)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response run(@FormParam("dryRun") String dryRun) {
    user.require("runRetention");
    boolean dry = !"false".equals(dryRun);
    backend.send("POST", API, new RetentionRunRequest(dry), null, null);
    return Views.done("/portal/retention", dry ? "retention_dry_run" : "retention_run");
  }
}
