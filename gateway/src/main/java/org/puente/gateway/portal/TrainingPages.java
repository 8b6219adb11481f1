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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Training: the catalogue, sessions with their nominations and attendance, certifications. */
@Path("/portal/training")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TrainingPages {

  static final String API = "/api/v1/training";

  private final Backend backend;
  private final Views views;
  private final PortalUser user;

  TrainingPages(Backend backend, Views views, PortalUser user) {
    this.backend = backend;
    this.views = views;
    this.user = user;
  }

  @GET
  public Response overview() {
    user.requireRuns("training");
    user.require("listCourses");
    List<String> paths =
        new ArrayList<>(List.of(API + "/courses?limit=100", API + "/sessions?limit=50"));
    boolean certifications = user.may("listCertifications");
    if (certifications) {
      paths.add(API + "/certifications?limit=50");
    }
    List<Backend.Reply> replies = backend.getAll(paths);
    return CasePages.html(
        views
            .page("training", "training")
            .data("courses", Backend.items(replies.get(0).object()))
            .data("sessions", Backend.items(replies.get(1).object()))
            .data(
                "certifications", certifications ? Backend.items(replies.get(2).object()) : null));
  }

  @GET
  @Path("/sessions/{id}")
  public Response session(@PathParam("id") long id) {
    user.requireRuns("training");
    user.require("getSession");
    String base = API + "/sessions/" + id;
    boolean nominations = user.may("listNominations");
    boolean attendance = user.may("listAttendance");
    List<Backend.Reply> replies =
        backend.getAll(
            List.of(
                base,
                nominations ? base + "/nominations?limit=200" : base,
                attendance ? base + "/attendance?limit=200" : base));
    Backend.Reply session = replies.get(0);
    if (session.status() >= 400) {
      throw new BackendProblem(session.status(), session.object());
    }
    return CasePages.html(
        views
            .page("session", "training")
            .data("s", session.object())
            .data("nominations", nominations ? Backend.items(replies.get(1).object()) : null)
            .data("attendance", attendance ? Backend.items(replies.get(2).object()) : null)
            .data("key", UUID.randomUUID().toString()));
  }

  @POST
  @Path("/sessions/{id}/nominations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response nominate(
      @PathParam("id") long id,
      @FormParam("officerId") String officerId,
      @FormParam("key") String key) {
    user.require("nominateOfficer");
    backend.send(
        "POST",
        API + "/sessions/" + id + "/nominations",
        Map.of("officerId", OperationPages.number(officerId)),
        null,
        Query.key(key));
    return back(id, "officer_nominated");
  }

  @POST
  @Path("/sessions/{id}/enrollments/{enrollmentId}/approval")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approve(
      @PathParam("id") long id,
      @PathParam("enrollmentId") long enrollmentId,
      @FormParam("version") Long version) {
    user.require("approveEnrollment");
    backend.send(
        "POST", API + "/enrollments/" + enrollmentId + "/approval", Map.of(), version, null);
    return back(id, "nomination_approved");
  }

  private static Response back(long id, String done) {
    return Response.seeOther(URI.create("/portal/training/sessions/" + id + "?done=" + done))
        .build();
  }
}
