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
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.puente.common.paging.Page;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintChannel;
import org.puente.removals.api.ComplaintOutcome;
import org.puente.removals.api.ComplaintRequest;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.api.ComplaintTransitionRequest;
import org.puente.removals.api.ComplaintView;

/**
 * Complaints: the list (overdue ones marked, filters by status, category and overdue), a complaint
 * with the steps the user may take, and the form that records one. Names are personal data: they
 * travel in form bodies, never in a URL.
 */
@Path("/portal/complaints")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ComplaintPages implements FormPages {

  static final String API = "/api/v1/removals/complaints";

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  ComplaintPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  private static final Pattern NEW = Pattern.compile("/portal/complaints/new");
  private static final Pattern ONE = Pattern.compile("/portal/complaints/(\\d+)");

  @Override
  public Optional<Response> page(String path) {
    if (NEW.matcher(path).matches()) {
      return Optional.of(form());
    }
    return FormPages.match(path, ONE).map(m -> complaint(Long.parseLong(m.group(1))));
  }

  @GET
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("overdue") String overdue,
      @QueryParam("cursor") String cursor) {
    user.requireRuns("removals");
    user.require("listComplaints");
    ComplaintStatus s = known(ComplaintStatus.class, status);
    ComplaintCategory c = known(ComplaintCategory.class, category);
    boolean late = Forms.yes(overdue);
    String query =
        Query.and("status", s == null ? null : s.name())
            + Query.and("category", c == null ? null : c.name())
            + (late ? "&overdue=true" : "");
    Page<ComplaintView> page =
        backend.page(API + "?limit=25" + query + Query.and("cursor", cursor), ComplaintView.class);
    String next = page.nextCursor();
    return Views.html(
        views
            .page("complaints", "complaints")
            .data("complaints", page.items())
            .data("statuses", List.of(ComplaintStatus.values()))
            .data("categories", List.of(ComplaintCategory.values()))
            .data("status", s)
            .data("category", c)
            .data("overdue", late)
            .data(
                "nextPage",
                next == null
                    ? null
                    : "/portal/complaints?"
                        + query.replaceFirst("^&", "")
                        + Query.and("cursor", next)));
  }

  @GET
  @Path("/new")
  public Response form() {
    user.requireRuns("removals");
    user.require("fileComplaint");
    return Views.html(
        views
            .page("complaint-new", "complaints")
            .data("channels", List.of(ComplaintChannel.values()))
            .data("categories", List.of(ComplaintCategory.values()))
            .data("key", UUID.randomUUID().toString()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response file(
      @FormParam("complainant") String complainant,
      @FormParam("onBehalf") String onBehalf,
      @FormParam("relationship") String relationship,
      @FormParam("channel") String channel,
      @FormParam("category") String category,
      @FormParam("receivedOn") String receivedOn,
      @FormParam("summary") String summary,
      @FormParam("caseId") String caseId,
      @FormParam("operationId") String operationId,
      @FormParam("key") String key) {
    user.require("fileComplaint");
    ComplaintRequest body =
        new ComplaintRequest(
            Forms.number(caseId, "caseId"),
            Forms.number(operationId, "operationId"),
            Forms.blankToNull(complainant),
            Forms.yes(onBehalf),
            Forms.blankToNull(relationship),
            Forms.choice(ComplaintChannel.class, channel, "channel"),
            Forms.choice(ComplaintCategory.class, category, "category"),
            Forms.date(receivedOn, "receivedOn"),
            Forms.blankToNull(summary));
    ComplaintView created =
        backend.send("POST", API, body, null, Query.key(key), ComplaintView.class);
    return Response.seeOther(
            URI.create("/portal/complaints/" + created.id() + "?done=complaint_filed"))
        .build();
  }

  @GET
  @Path("/{id}")
  public Response complaint(@PathParam("id") long id) {
    user.requireRuns("removals");
    user.require("getComplaint");
    ComplaintView c = backend.get(API + "/" + id, ComplaintView.class);
    return Views.html(
        complaintView(
            views.page("complaint", "complaints"),
            c,
            user.may("transitionComplaint"),
            user.roles().contains("supervisor")));
  }

  /** The complaint page's data: the complaint and the steps this user may take next. */
  static io.quarkus.qute.TemplateInstance complaintView(
      io.quarkus.qute.TemplateInstance view, ComplaintView c, boolean handles, boolean supervisor) {
    return view.data("c", c)
        .data("steps", steps(c.status(), handles, supervisor))
        .data("outcomes", List.of(ComplaintOutcome.values()));
  }

  /**
   * The steps offered: the next status for a case officer or supervisor; a decision (after an
   * investigation, or a withdrawal once acknowledged) for a supervisor only, as the service has it.
   */
  static List<ComplaintStatus> steps(ComplaintStatus status, boolean handles, boolean supervisor) {
    List<ComplaintStatus> steps = new ArrayList<>();
    if (!handles) {
      return steps;
    }
    switch (status) {
      case RECEIVED -> steps.add(ComplaintStatus.ACKNOWLEDGED);
      case ACKNOWLEDGED -> {
        steps.add(ComplaintStatus.UNDER_INVESTIGATION);
        if (supervisor) {
          steps.add(ComplaintStatus.DECIDED);
        }
      }
      case UNDER_INVESTIGATION -> {
        if (supervisor) {
          steps.add(ComplaintStatus.DECIDED);
        }
      }
      default -> {}
    }
    return steps;
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response move(
      @PathParam("id") long id,
      @FormParam("status") String status,
      @FormParam("outcome") String outcome,
      @FormParam("decision") String decision,
      @FormParam("version") Long version) {
    user.require("transitionComplaint");
    ComplaintStatus to = Forms.choice(ComplaintStatus.class, status, "status");
    backend.send(
        "POST",
        API + "/" + id + "/transitions",
        new ComplaintTransitionRequest(
            to,
            to == ComplaintStatus.DECIDED
                ? Forms.choice(ComplaintOutcome.class, outcome, "outcome")
                : null,
            to == ComplaintStatus.DECIDED ? Forms.blankToNull(decision) : null),
        version,
        null);
    return Views.done("/portal/complaints/" + id, "complaint_moved");
  }

  private static <E extends Enum<E>> E known(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(value))
        .findFirst()
        .orElse(null);
  }
}
