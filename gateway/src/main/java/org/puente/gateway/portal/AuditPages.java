package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import org.puente.common.history.RecordChangeView;
import org.puente.common.paging.Page;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.CaseReadView;
import org.puente.removals.api.DisclosureGrantView;
import org.puente.removals.api.DisclosureLogView;

/**
 * For auditors: the disclosure log (every read of a case by another agency, with its legal basis),
 * the reads of cases by the agency's own staff, the change history of a case (who changed what,
 * when, under which request id), the field-by-field history of any record, and the logs' exports.
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
    var readsRead =
        user.may("listCaseReads")
            ? backend.readPage("/api/v1/removals/audit/reads?limit=50", CaseReadView.class)
            : null;
    Backend.Answer<Page<DisclosureLogView>> log = logRead.answer();
    Backend.Answer<Page<CaseReadView>> reads = readsRead == null ? null : readsRead.answer();
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
            .data("reads", reads == null ? null : Backend.Answer.itemsOrNull(reads))
            .data("exports", exports())
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/audit?"
                        + (id == null ? "" : "caseId=" + id + "&")
                        + Query.and("cursor", next).substring(1)));
  }

  /** The services whose records have a history, and the operation that reads it. */
  static final Map<String, String> HISTORY =
      Map.of(
          "removals", "removalsRecordHistory",
          "training", "trainingRecordHistory",
          "funding", "fundingRecordHistory");

  /** The logs auditors export: the operation and the API path of each. */
  record Export(String name, String operationId, String path) {}

  static final Map<String, Export> EXPORTS =
      Map.of(
          "removals-revisions",
          new Export("removals-revisions", "exportRemovalsAuditLog", "/api/v1/removals/audit/log"),
          "case-reads",
          new Export("case-reads", "exportReadLog", "/api/v1/removals/audit/reads/export"),
          "disclosures",
          new Export(
              "disclosures", "exportDisclosureLog", "/api/v1/removals/audit/disclosures/export"),
          "training-revisions",
          new Export("training-revisions", "exportTrainingAuditLog", "/api/v1/training/audit/log"),
          "funding-revisions",
          new Export("funding-revisions", "exportFundingAuditLog", "/api/v1/funding/audit/log"));

  /** The names of the exports this user may download here. */
  private java.util.Set<String> exports() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    EXPORTS.values().stream()
        .filter(e -> user.may(e.operationId()) && user.runs(e.path().split("/")[3]))
        .forEach(e -> names.add(e.name()));
    return names;
  }

  /**
   * The history of one record (a case, an operation, an agreement, a session...): each change with
   * who made it, when, under which request id, and each field before and after.
   */
  @GET
  @Path("/history")
  public Response history(
      @QueryParam("service") String service,
      @QueryParam("type") String type,
      @QueryParam("id") String id,
      @QueryParam("cursor") String cursor) {
    String operation = service == null ? null : HISTORY.get(service);
    if (operation == null
        || type == null
        || !type.matches("[a-z][a-z-]{0,39}")
        || id == null
        || !id.strip().matches("\\d{1,18}")) {
      throw new NotFoundException();
    }
    user.requireRuns(service);
    user.require(operation);
    long record = Long.parseLong(id.strip());
    String base = "/api/v1/" + service + "/history/" + type + "/" + record;
    Backend.Answer<Page<RecordChangeView>> changes =
        backend
            .readPage(base + "?limit=50" + Query.and("cursor", cursor), RecordChangeView.class)
            .answer();
    String next = changes.ok().map(Page::nextCursor).orElse(null);
    return Views.html(
        views
            .page("record-history", "audit")
            .data("service", service)
            .data("recordType", type)
            .data("recordId", record)
            .data("changes", Backend.Answer.itemsOrNull(changes))
            .data("status", changes.status())
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/audit/history?service="
                        + service
                        + "&type="
                        + type
                        + "&id="
                        + record
                        + Query.and("cursor", next)));
  }

  /**
   * A log as a download, CSV or JSON lines ({@code ?format=ndjson}), passed on from the service as
   * it streams; a period with {@code from} and {@code to} (ISO instants), else the service's
   * default.
   */
  @GET
  @Path("/export/{log}")
  @Produces({"text/csv", "application/x-ndjson", MediaType.WILDCARD})
  public Response export(
      @PathParam("log") String log,
      @QueryParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Export export = EXPORTS.get(log);
    if (export == null) {
      throw new NotFoundException();
    }
    user.require(export.operationId());
    boolean ndjson = "ndjson".equals(format);
    String accept = ndjson ? "application/x-ndjson" : "text/csv";
    String query = (Query.and("from", from) + Query.and("to", to)).replaceFirst("^&", "?");
    HttpResponse<InputStream> answer = backend.download(export.path() + query, accept);
    StreamingOutput body =
        out -> {
          try (InputStream in = answer.body()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, ndjson ? accept : accept + "; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + log + (ndjson ? ".ndjson" : ".csv") + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
