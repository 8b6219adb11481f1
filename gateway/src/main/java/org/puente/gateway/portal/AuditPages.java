package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

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
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("log", "/api/v1/removals/disclosures/log?limit=50" + Query.and("cursor", cursor));
    paths.put("grants", "/api/v1/removals/disclosures?limit=50");
    Long id =
        caseId != null && caseId.strip().matches("\\d{1,18}") ? Long.valueOf(caseId.strip()) : null;
    if (id != null && user.may("caseHistory")) {
      paths.put("history", "/api/v1/removals/cases/" + id + "/history?limit=200");
    }
    Map<String, Backend.Reply> replies = backend.getAll(paths);
    Backend.Reply log = replies.get("log");
    Backend.Reply grants = replies.get("grants");
    Backend.Reply history = replies.get("history");
    Object next = log.object().get("nextCursor");
    return Views.html(
        views
            .page("audit", "audit")
            .data("log", log.items())
            .data("logAvailable", log.status() < 400)
            .data("grants", grants.status() < 400 ? grants.items() : null)
            .data("caseId", id)
            .data("history", history != null && history.status() < 400 ? history.items() : null)
            .data("historyStatus", history == null ? 0 : history.status())
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/audit?"
                        + (id == null ? "" : "caseId=" + id + "&")
                        + Query.and("cursor", next.toString()).substring(1)));
  }
}
