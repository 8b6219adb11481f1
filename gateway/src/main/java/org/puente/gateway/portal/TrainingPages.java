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
import java.util.UUID;
import org.puente.training.api.AttendanceView;
import org.puente.training.api.CertificationView;
import org.puente.training.api.CourseView;
import org.puente.training.api.EnrollmentView;
import org.puente.training.api.NominationRequest;
import org.puente.training.api.SessionView;

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
    // All asked at once; each answer is taken in turn.
    var courses = backend.readPage(API + "/courses?limit=100", CourseView.class);
    var sessions = backend.readPage(API + "/sessions?limit=50", SessionView.class);
    var certifications =
        user.may("listCertifications")
            ? backend.readPage(API + "/certifications?limit=50", CertificationView.class)
            : null;
    return Views.html(
        views
            .page("training", "training")
            .data("courses", Backend.Answer.itemsOrNull(courses.answer()))
            .data("sessions", Backend.Answer.itemsOrNull(sessions.answer()))
            .data("certificationsAsked", certifications != null)
            .data(
                "certifications",
                certifications == null
                    ? null
                    : Backend.Answer.itemsOrNull(certifications.answer())));
  }

  @GET
  @Path("/sessions/{id}")
  public Response session(@PathParam("id") long id) {
    user.requireRuns("training");
    user.require("getSession");
    String base = API + "/sessions/" + id;
    var session = backend.read(base, SessionView.class);
    var nominations =
        user.may("listNominations")
            ? backend.readPage(base + "/nominations?limit=200", EnrollmentView.class)
            : null;
    var attendance =
        user.may("listAttendance")
            ? backend.readPage(base + "/attendance?limit=200", AttendanceView.class)
            : null;
    SessionView s = session.answer().orThrow();
    return Views.html(
        views
            .page("session", "training")
            .data("s", s)
            .data(
                "nominations",
                nominations == null ? null : Backend.Answer.items(nominations.answer()))
            .data(
                "attendance", attendance == null ? null : Backend.Answer.items(attendance.answer()))
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
        new NominationRequest(Forms.number(officerId, "officerId")),
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
    backend.send("POST", API + "/enrollments/" + enrollmentId + "/approval", null, version, null);
    return back(id, "nomination_approved");
  }

  private static Response back(long id, String done) {
    return Views.done("/portal/training/sessions/" + id, done);
  }
}
