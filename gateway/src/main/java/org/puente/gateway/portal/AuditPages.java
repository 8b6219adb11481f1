package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.puente.common.paging.Page;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.DisclosureGrantView;
import org.puente.removals.api.DisclosureLogView;

/**
 * For auditors: the disclosure log (every read of a case by another agency, with its legal basis)
 * and the change history of a case (who changed what, when, under which request id).
 */
@Path("/portal/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  AuditPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  @GET
  public Response audit(@QueryParam("caseId") String caseId, @QueryParam("cursor") String cursor) {
    user.requireRuns("removals");
    user.require("disclosureLog");
    // All asked at once; each answer is taken in turn.
    var logRead =
        backend.readPage(
            "/api/v1/removals/disclosures/log?limit=50" + Query.and("cursor", cursor),
            DisclosureLogView.class);
    var grantsRead =
        backend.readPage("/api/v1/removals/disclosures?limit=50", DisclosureGrantView.class);
    Long id =
        caseId != null && caseId.strip().matches("\\d{1,18}") ? Long.valueOf(caseId.strip()) : null;
    var historyRead =
        id != null && user.may("caseHistory")
            ? backend.readPage(
                "/api/v1/removals/cases/" + id + "/history?limit=200", CaseEventView.class)
            : null;
    Backend.Answer<Page<DisclosureLogView>> log = logRead.answer();
    Backend.Answer<Page<DisclosureGrantView>> grants = grantsRead.answer();
    Backend.Answer<Page<CaseEventView>> history = historyRead == null ? null : historyRead.answer();
    String next = log.ok().map(Page::nextCursor).orElse(null);
    return Views.html(
        views
            .page("audit", "audit")
            .data("log", Backend.Answer.items(log))
            .data("logAvailable", log.status() < 400)
            .data("grants", Backend.Answer.itemsOrNull(grants))
            .data("caseId", id)
            .data("history", history == null ? null : Backend.Answer.itemsOrNull(history))
            .data("historyStatus", history == null ? 0 : history.status())
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/audit?"
                        + (id == null ? "" : "caseId=" + id + "&")
                        + Query.and("cursor", next).substring(1)));
  }
}
