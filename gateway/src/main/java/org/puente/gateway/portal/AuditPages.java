package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

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
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/api/v1/removals/disclosures/log?limit=50" + Query.and("cursor", cursor),
                "/api/v1/removals/disclosures?limit=50"));
    Long id =
        caseId != null && caseId.strip().matches("\\d{1,18}") ? Long.valueOf(caseId.strip()) : null;
    boolean history = id != null && user.may("caseHistory");
    if (history) {
      paths.add("/api/v1/removals/cases/" + id + "/history?limit=200");
    }
    List<Backend.Reply> replies = backend.getAll(paths);
    Object next = replies.get(0).object().get("nextCursor");
    return CasePages.html(
        views
            .page("audit", "audit")
            .data("log", Backend.items(replies.get(0).object()))
            .data("logAvailable", replies.get(0).status() < 400)
            .data(
                "grants",
                replies.get(1).status() < 400 ? Backend.items(replies.get(1).object()) : null)
            .data("caseId", id)
            .data(
                "history",
                history && replies.get(2).status() < 400
                    ? Backend.items(replies.get(2).object())
                    : null)
            .data("historyStatus", history ? replies.get(2).status() : 0)
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/audit?"
                        + (id == null ? "" : "caseId=" + id + "&")
                        + Query.and("cursor", next.toString()).substring(1)));
  }
}
