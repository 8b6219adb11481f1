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
import java.util.LinkedHashMap;
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
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("courses", API + "/courses?limit=100");
    paths.put("sessions", API + "/sessions?limit=50");
    if (user.may("listCertifications")) {
      paths.put("certifications", API + "/certifications?limit=50");
    }
    Map<String, Backend.Reply> replies = backend.getAll(paths);
    Backend.Reply certifications = replies.get("certifications");
    return Views.html(
        views
            .page("training", "training")
            .data("courses", replies.get("courses").itemsOrNull())
            .data("sessions", replies.get("sessions").itemsOrNull())
            .data("certificationsAsked", certifications != null)
            .data("certifications", certifications == null ? null : certifications.itemsOrNull()));
  }

  @GET
  @Path("/sessions/{id}")
  public Response session(@PathParam("id") long id) {
    user.requireRuns("training");
    user.require("getSession");
    String base = API + "/sessions/" + id;
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("session", base);
    if (user.may("listNominations")) {
      paths.put("nominations", base + "/nominations?limit=200");
    }
    if (user.may("listAttendance")) {
      paths.put("attendance", base + "/attendance?limit=200");
    }
    Map<String, Backend.Reply> replies = backend.getAll(paths);
    Backend.Reply nominations = replies.get("nominations");
    Backend.Reply attendance = replies.get("attendance");
    return Views.html(
        views
            .page("session", "training")
            .data("s", replies.get("session").orThrow())
            .data("nominations", nominations == null ? null : nominations.items())
            .data("attendance", attendance == null ? null : attendance.items())
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
        Map.of("officerId", Forms.number(officerId)),
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
    return Views.done("/portal/training/sessions/" + id, done);
  }
}
