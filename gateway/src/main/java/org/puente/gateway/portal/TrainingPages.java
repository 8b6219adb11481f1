package org.puente.gateway.portal;

import io.quarkus.qute.TemplateInstance;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.puente.common.paging.Page;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineView;
import org.puente.training.api.AttendanceCorrection;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.AttendanceView;
import org.puente.training.api.CertificationRevocationRequest;
import org.puente.training.api.CertificationView;
import org.puente.training.api.Competency;
import org.puente.training.api.CompletionRequest;
import org.puente.training.api.CompletionView;
import org.puente.training.api.CourseRequest;
import org.puente.training.api.CourseView;
import org.puente.training.api.EnrollmentStatus;
import org.puente.training.api.EnrollmentView;
import org.puente.training.api.NominationRequest;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.OfficerView;
import org.puente.training.api.SessionFundingRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.SessionView;
import org.puente.training.api.TrainingSummary;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

/**
 * Training: the catalogue and its courses, sessions with their nominations, attendance and results,
 * officers with their vetting and certifications. The provider's coordinator (US-DHS) runs courses
 * and sessions; a partner's coordinator registers and nominates their own officers, through their
 * own portal, which reads US-DHS's training-service through the partner gateway.
 */
@Path("/portal/training")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TrainingPages implements FormPages {

  static final String API = "/api/v1/training";

  /** Languages a course may be taught in: the API's pattern ({@code es|en}). */
  static final List<String> COURSE_LANGUAGES = List.of("es", "en");

  /** The answers a session page is drawn from; a section the user may not read is null. */
  record SessionAnswers(
      Backend.Answer<SessionView> session,
      Backend.Answer<Page<EnrollmentView>> nominations,
      Backend.Answer<Page<AttendanceView>> attendance,
      Backend.Answer<Page<OfficerView>> officers,
      Backend.Answer<Page<BudgetLineView>> lines) {}

  /** The answers an officer page is drawn from; a section the user may not read is null. */
  record OfficerAnswers(
      Backend.Answer<OfficerView> officer,
      Backend.Answer<Page<CertificationView>> certifications,
      List<EnrollmentView> enrollments) {}

  private final Backend backend;
  private final Views views;
  private final PortalUser user;
  private final PortalConfig config;

  TrainingPages(Backend backend, Views views, PortalUser user, PortalConfig config) {
    this.backend = backend;
    this.views = views;
    this.user = user;
    this.config = config;
  }

  private static final Pattern COURSE = Pattern.compile("/portal/training/courses/(\\d{1,18})");
  private static final Pattern SESSION = Pattern.compile("/portal/training/sessions/(\\d{1,18})");
  private static final Pattern OFFICER = Pattern.compile("/portal/training/officers/(\\d{1,18})");
  private static final Pattern CERTIFICATION =
      Pattern.compile("/portal/training/certifications/(\\d{1,18})");

  /**
   * The pages the training forms sit on, drawn again by their own GET methods when a form is
   * refused for what was typed in it (the form then filled in as sent, see {@link FormState}).
   */
  @Override
  public Optional<Response> page(String path) {
    switch (path) {
      case "/portal/training/courses":
        return Optional.of(courses(null, null));
      case "/portal/training/sessions/new":
        return Optional.of(sessionForm(null));
      case "/portal/training/officers":
        return Optional.of(officers(null, null, null));
      default:
        break;
    }
    return FormPages.match(path, COURSE)
        .map(m -> course(Long.parseLong(m.group(1))))
        .or(() -> FormPages.match(path, SESSION).map(m -> session(Long.parseLong(m.group(1)))))
        .or(() -> FormPages.match(path, OFFICER).map(m -> officer(Long.parseLong(m.group(1)))))
        .or(
            () ->
                FormPages.match(path, CERTIFICATION)
                    .map(m -> certification(Long.parseLong(m.group(1)))));
  }

  // --- the overview

  @GET
  public Response overview() {
    user.requireRuns("training");
    user.require("listCourses");
    // All asked at once; each answer is taken in turn.
    var courses = backend.readPage(API + "/courses?limit=100", CourseView.class);
    var sessions =
        user.may("listSessions")
            ? backend.readPage(API + "/sessions?limit=50", SessionView.class)
            : null;
    var certifications =
        user.may("listCertifications")
            ? backend.readPage(API + "/certifications?limit=50", CertificationView.class)
            : null;
    var summary =
        user.may("trainingSummary")
            ? backend.read(API + "/reports/summary", TrainingSummary.class)
            : null;
    return Views.html(
        views
            .page("training", "training")
            .data("courses", Backend.Answer.itemsOrNull(courses.answer()))
            .data(
                "sessions",
                sessions == null ? List.of() : Backend.Answer.itemsOrNull(sessions.answer()))
            .data("certificationsAsked", certifications != null)
            .data(
                "certifications",
                certifications == null ? null : Backend.Answer.itemsOrNull(certifications.answer()))
            .data("summaryAsked", summary != null)
            .data("summary", summary == null ? null : summary.answer().orNull()));
  }

  // --- courses

  /** The catalogue with its filters (codes only) and, for the provider, a new course's form. */
  @GET
  @Path("/courses")
  public Response courses(
      @QueryParam("competency") String competency, @QueryParam("language") String language) {
    user.requireRuns("training");
    user.require("listCourses");
    Competency chosen = Forms.choice(Competency.class, competency, "competency");
    String lang = oneOf(COURSE_LANGUAGES, language);
    String query =
        "limit=100"
            + Query.and("competency", chosen == null ? null : chosen.name())
            + Query.and("language", lang);
    var courses = backend.readPage(API + "/courses?" + query, CourseView.class);
    return Views.html(
        views
            .page("courses", "training")
            .data("courses", Backend.Answer.itemsOrNull(courses.answer()))
            .data("competencies", List.of(Competency.values()))
            .data("languages", COURSE_LANGUAGES)
            .data("chosenCompetency", chosen == null ? "" : chosen.name())
            .data("chosenLanguage", lang == null ? "" : lang)
            .data("key", UUID.randomUUID().toString()));
  }

  @POST
  @Path("/courses")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createCourse(
      @FormParam("title") String title,
      @FormParam("competency") String competency,
      @FormParam("hours") String hours,
      @FormParam("language") String language,
      @FormParam("certificateValidityMonths") String validity,
      @FormParam("prerequisites") List<String> prerequisites,
      @FormParam("key") String key) {
    user.require("createCourse");
    CourseView created =
        backend.send(
            "POST",
            API + "/courses",
            course(title, competency, hours, language, validity, prerequisites),
            null,
            Query.key(key),
            CourseView.class);
    return Views.done("/portal/training/courses/" + created.id(), "course_created");
  }

  @GET
  @Path("/courses/{id}")
  public Response course(@PathParam("id") long id) {
    user.requireRuns("training");
    user.require("getCourse");
    var course = backend.read(API + "/courses/" + id, CourseView.class);
    var sessions =
        user.may("listSessions")
            ? backend.readPage(API + "/sessions?limit=100&courseId=" + id, SessionView.class)
            : null;
    CourseView c = course.answer().orThrow();
    return Views.html(
        views
            .page("course", "training")
            .data("c", c)
            .data(
                "sessions",
                sessions == null ? List.of() : Backend.Answer.itemsOrNull(sessions.answer()))
            .data("competencies", List.of(Competency.values()))
            .data("languages", COURSE_LANGUAGES));
  }

  @POST
  @Path("/courses/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response updateCourse(
      @PathParam("id") long id,
      @FormParam("title") String title,
      @FormParam("competency") String competency,
      @FormParam("hours") String hours,
      @FormParam("language") String language,
      @FormParam("certificateValidityMonths") String validity,
      @FormParam("prerequisites") List<String> prerequisites,
      @FormParam("version") Long version) {
    user.require("updateCourse");
    backend.send(
        "PUT",
        API + "/courses/" + id,
        course(title, competency, hours, language, validity, prerequisites),
        version,
        null);
    return Views.done("/portal/training/courses/" + id, "course_updated");
  }

  private static CourseRequest course(
      String title,
      String competency,
      String hours,
      String language,
      String validity,
      List<String> prerequisites) {
    List<Competency> required = new ArrayList<>();
    for (String p : prerequisites == null ? List.<String>of() : prerequisites) {
      Competency c = Forms.choice(Competency.class, p, "prerequisites");
      if (c != null) {
        required.add(c);
      }
    }
    return new CourseRequest(
        Forms.blankToNull(title),
        Forms.choice(Competency.class, competency, "competency"),
        whole(hours, "hours"),
        Forms.blankToNull(language),
        whole(validity, "certificateValidityMonths"),
        required);
  }

  // --- sessions

  /** A new session's form: the course chosen from the catalogue, a line if the user may see any. */
  @GET
  @Path("/sessions/new")
  public Response sessionForm(@QueryParam("courseId") Long courseId) {
    user.requireRuns("training");
    user.require("createSession");
    var courses = backend.readPage(API + "/courses?limit=200", CourseView.class);
    var lines = trainingLines();
    return Views.html(
        views
            .page("training-session-new", "training")
            .data("courses", Backend.Answer.items(courses.answer()))
            .data("chosenCourse", courseId == null ? 0L : courseId)
            .data("lines", lines == null ? null : trainingLines(lines.answer()))
            .data("today", LocalDate.now(config.zone()).toString())
            .data("key", UUID.randomUUID().toString()));
  }

  @POST
  @Path("/sessions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createSession(
      @FormParam("courseId") String courseId,
      @FormParam("location") String location,
      @FormParam("startDate") String startDate,
      @FormParam("endDate") String endDate,
      @FormParam("capacity") String capacity,
      @FormParam("instructors") String instructors,
      @FormParam("cost") String cost,
      @FormParam("budgetLineId") String budgetLineId,
      @FormParam("key") String key) {
    user.require("createSession");
    SessionView created =
        backend.send(
            "POST",
            API + "/sessions",
            session(
                courseId,
                location,
                startDate,
                endDate,
                capacity,
                instructors,
                cost,
                Forms.number(budgetLineId, "budgetLineId")),
            null,
            Query.key(key),
            SessionView.class);
    return back(created.id(), "session_created");
  }

  @GET
  @Path("/sessions/{id}")
  public Response session(@PathParam("id") long id) {
    user.requireRuns("training");
    user.require("getSession");
    String base = API + "/sessions/" + id;
    // All asked at once; each answer is taken in turn.
    var session = backend.read(base, SessionView.class);
    var nominations =
        user.may("listNominations")
            ? backend.readPage(base + "/nominations?limit=200", EnrollmentView.class)
            : null;
    var attendance =
        user.may("listAttendance")
            ? backend.readPage(base + "/attendance?limit=200", AttendanceView.class)
            : null;
    // A coordinator nominates officers of their own agency whose vetting is cleared (the service
    // enrols no one else): the choices are those.
    var officers =
        user.may("nominateOfficer") && user.may("listOfficers")
            ? backend.readPage(
                API
                    + "/officers?limit=200&vettingStatus=CLEARED"
                    + Query.and("agency", user.agency()),
                OfficerView.class)
            : null;
    var lines = user.may("requestSessionFunding") ? trainingLines() : null;
    SessionAnswers answers =
        new SessionAnswers(
            session.answer(),
            nominations == null ? null : nominations.answer(),
            attendance == null ? null : attendance.answer(),
            officers == null ? null : officers.answer(),
            lines == null ? null : lines.answer());
    return Views.html(
        sessionView(
                views.page("session", "training"),
                answers,
                user.agency(),
                LocalDate.now(config.zone()))
            .data("key", UUID.randomUUID().toString()));
  }

  /**
   * The session page's data from the service's answers, and what follows from them: the moves its
   * status allows, whether it may still be edited or funded, which nominations may still be
   * approved, rejected, withdrawn or given a result, the officers who may be marked on a day, and
   * the days already marked. Only the provider's coordinator changes a session; the nominating
   * agency's coordinator may withdraw its own nominations.
   */
  static TemplateInstance sessionView(
      TemplateInstance view, SessionAnswers answers, String agency, LocalDate today) {
    SessionView s = answers.session().orThrow();
    List<EnrollmentView> nominations =
        answers.nominations() == null ? null : Backend.Answer.items(answers.nominations());
    List<AttendanceView> attendance =
        answers.attendance() == null ? null : Backend.Answer.items(answers.attendance());
    List<EnrollmentView> enrolled =
        nominations == null
            ? List.of()
            : nominations.stream().filter(n -> n.status() == EnrollmentStatus.ENROLLED).toList();
    Map<Long, String> names = new LinkedHashMap<>();
    if (nominations != null) {
      nominations.forEach(n -> names.put(n.id(), n.officerName()));
    }
    boolean provider = s.providerAgency() != null && agency.equals(s.providerAgency().code());
    LocalDate lastDay = s.endDate() != null && s.endDate().isBefore(today) ? s.endDate() : today;
    return view.data("s", s)
        .data("nominations", nominations)
        .data("attendance", attendance)
        .data("names", names)
        .data("enrolled", enrolled)
        .data("marks", List.of(AttendanceMark.values()))
        .data("provider", provider)
        .data("myAgency", agency)
        .data("moves", List.copyOf(s.status().next()))
        .data("editable", provider && s.status().editable())
        .data("fundable", provider && s.status().editable() && !s.funding().status().holdsCost())
        .data("nominating", s.status().takesNominations())
        .data("recording", provider && s.status().recordsResults())
        .data(
            "officers",
            answers.officers() == null ? null : Backend.Answer.itemsOrNull(answers.officers()))
        .data("lines", answers.lines() == null ? null : trainingLines(answers.lines()))
        .data(
            "instructors", String.join("\n", s.instructors() == null ? List.of() : s.instructors()))
        .data(
            "attendanceDay", (lastDay.isBefore(s.startDate()) ? s.startDate() : lastDay).toString())
        .data("firstDay", s.startDate().toString())
        .data("lastDay", lastDay.toString());
  }

  @POST
  @Path("/sessions/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response updateSession(
      @PathParam("id") long id,
      @FormParam("courseId") String courseId,
      @FormParam("location") String location,
      @FormParam("startDate") String startDate,
      @FormParam("endDate") String endDate,
      @FormParam("capacity") String capacity,
      @FormParam("instructors") String instructors,
      @FormParam("cost") String cost,
      @FormParam("version") Long version) {
    user.require("updateSession");
    backend.send(
        "PUT",
        API + "/sessions/" + id,
        session(courseId, location, startDate, endDate, capacity, instructors, cost, null),
        version,
        null);
    return back(id, "session_updated");
  }

  @POST
  @Path("/sessions/{id}/transitions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response transition(
      @PathParam("id") long id,
      @FormParam("status") String status,
      @FormParam("reason") String reason,
      @FormParam("actualCost") String actualCost,
      @FormParam("version") Long version) {
    user.require("transitionSession");
    backend.send(
        "POST",
        API + "/sessions/" + id + "/transitions",
        new SessionTransition(
            Forms.choice(SessionStatus.class, status, "status"),
            Forms.blankToNull(reason),
            Forms.usd(actualCost, "actualCost")),
        version,
        null);
    return back(id, "session_moved");
  }

  @POST
  @Path("/sessions/{id}/funding-request")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response requestFunding(
      @PathParam("id") long id,
      @FormParam("budgetLineId") String budgetLineId,
      @FormParam("version") Long version) {
    user.require("requestSessionFunding");
    backend.send(
        "POST",
        API + "/sessions/" + id + "/funding-request",
        new SessionFundingRequest(Forms.number(budgetLineId, "budgetLineId")),
        version,
        null);
    return back(id, "session_funding_requested");
  }

  private static SessionRequest session(
      String courseId,
      String location,
      String startDate,
      String endDate,
      String capacity,
      String instructors,
      String cost,
      Long budgetLineId) {
    return new SessionRequest(
        Forms.number(courseId, "courseId"),
        Forms.blankToNull(location),
        Forms.date(startDate, "startDate"),
        Forms.date(endDate, "endDate"),
        whole(capacity, "capacity"),
        lines(instructors),
        Forms.usd(cost, "cost"),
        budgetLineId);
  }

  /**
   * The TRAINING lines a session may be funded from, when the user may read lines (a coordinator
   * may not: they then give the number of the line the State Department named).
   */
  private Backend.Read<Page<BudgetLineView>> trainingLines() {
    return user.may("listAllBudgetLines")
        ? backend.readPage("/api/v1/funding/budget-lines?limit=200", BudgetLineView.class)
        : null;
  }

  private static List<BudgetLineView> trainingLines(Backend.Answer<Page<BudgetLineView>> answer) {
    return Backend.Answer.items(answer).stream()
        .filter(l -> l.category() == BudgetCategory.TRAINING)
        .toList();
  }

  // --- nominations and enrollments

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

  @POST
  @Path("/sessions/{id}/enrollments/{enrollmentId}/rejection")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reject(
      @PathParam("id") long id,
      @PathParam("enrollmentId") long enrollmentId,
      @FormParam("version") Long version) {
    user.require("rejectEnrollment");
    backend.send("POST", API + "/enrollments/" + enrollmentId + "/rejection", null, version, null);
    return back(id, "nomination_rejected");
  }

  @POST
  @Path("/sessions/{id}/enrollments/{enrollmentId}/withdrawal")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response withdraw(
      @PathParam("id") long id,
      @PathParam("enrollmentId") long enrollmentId,
      @FormParam("version") Long version) {
    user.require("withdrawEnrollment");
    backend.send("POST", API + "/enrollments/" + enrollmentId + "/withdrawal", null, version, null);
    return back(id, "nomination_withdrawn");
  }

  @POST
  @Path("/sessions/{id}/enrollments/{enrollmentId}/completion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response complete(
      @PathParam("id") long id,
      @PathParam("enrollmentId") long enrollmentId,
      @FormParam("score") String score,
      @FormParam("version") Long version) {
    user.require("completeEnrollment");
    CompletionView result =
        backend.send(
            "POST",
            API + "/enrollments/" + enrollmentId + "/completion",
            new CompletionRequest(whole(score, "score")),
            version,
            null,
            CompletionView.class);
    // The enrollment's page says whether it passed, why not, and the certification issued.
    return Views.done(
        "/portal/training/enrollments/" + result.id(),
        result.status() == EnrollmentStatus.PASSED ? "enrollment_passed" : "enrollment_failed");
  }

  @GET
  @Path("/enrollments/{id}")
  public Response enrollment(@PathParam("id") long id) {
    user.requireRuns("training");
    user.require("getEnrollment");
    EnrollmentView e = backend.get(API + "/enrollments/" + id, EnrollmentView.class);
    var session = backend.read(API + "/sessions/" + e.sessionId(), SessionView.class);
    var certifications =
        user.may("listCertifications") && e.status() == EnrollmentStatus.PASSED
            ? backend.readPage(
                API + "/certifications?limit=50&officerId=" + e.officerId(),
                CertificationView.class)
            : null;
    return Views.html(
        views
            .page("training-enrollment", "training")
            .data("e", e)
            .data("s", session.answer().orNull())
            .data(
                "certification",
                certifications == null
                    ? null
                    : Backend.Answer.items(certifications.answer()).stream()
                        .filter(c -> c.enrollmentId() == id)
                        .findFirst()
                        .orElse(null)));
  }

  // --- attendance

  /**
   * One day's sheet: each enrolled officer's mark is sent as {@code mark=<enrollment>:<MARK>} (a
   * select per officer, none chosen leaves the officer off the sheet).
   */
  @POST
  @Path("/sessions/{id}/attendance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recordAttendance(
      @PathParam("id") long id,
      @FormParam("day") String day,
      @FormParam("mark") List<String> marks,
      @FormParam("key") String key) {
    user.require("recordAttendance");
    backend.send(
        "POST",
        API + "/sessions/" + id + "/attendance",
        new AttendanceRequest(Forms.date(day, "day"), entries(marks)),
        null,
        Query.key(key));
    return back(id, "attendance_recorded");
  }

  /** The sheet's marks as the API takes them; a mark no choice offers is refused here. */
  static List<AttendanceEntry> entries(List<String> marks) {
    List<AttendanceEntry> entries = new ArrayList<>();
    for (String mark : marks == null ? List.<String>of() : marks) {
      String value = Forms.blankToNull(mark);
      if (value == null) {
        continue;
      }
      int colon = value.indexOf(':');
      if (colon < 0) {
        throw BackendProblem.invalid("records", "is not one of the values offered");
      }
      entries.add(
          new AttendanceEntry(
              Forms.number(value.substring(0, colon), "records"),
              Forms.choice(AttendanceMark.class, value.substring(colon + 1), "records")));
    }
    return entries;
  }

  @POST
  @Path("/sessions/{id}/attendance/{markId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response correctAttendance(
      @PathParam("id") long id,
      @PathParam("markId") long markId,
      @FormParam("status") String status,
      @FormParam("version") Long version) {
    user.require("correctAttendance");
    backend.send(
        "PUT",
        API + "/sessions/" + id + "/attendance/" + markId,
        new AttendanceCorrection(Forms.choice(AttendanceMark.class, status, "status")),
        version,
        null);
    return back(id, "attendance_corrected");
  }

  // --- officers

  /** Officers with their filters (codes only) and the form to register one. */
  @GET
  @Path("/officers")
  public Response officers(
      @QueryParam("agency") String agency,
      @QueryParam("vettingStatus") String vettingStatus,
      @QueryParam("cursor") String cursor) {
    user.requireRuns("training");
    user.require("listOfficers");
    VettingStatus vetting = Forms.choice(VettingStatus.class, vettingStatus, "vettingStatus");
    String chosenAgency = oneOf(AGENCIES, agency);
    String filters =
        Query.and("agency", chosenAgency)
            + Query.and("vettingStatus", vetting == null ? null : vetting.name());
    Page<OfficerView> page =
        backend.page(
            API + "/officers?limit=50" + filters + Query.and("cursor", cursor), OfficerView.class);
    return Views.html(
        views
            .page("officers", "training")
            .data("officers", page.items() == null ? List.of() : page.items())
            .data("agencies", AGENCIES)
            .data("vettings", List.of(VettingStatus.values()))
            .data("chosenAgency", chosenAgency == null ? "" : chosenAgency)
            .data("chosenVetting", vetting == null ? "" : vetting.name())
            .data(
                "nextPage",
                page.nextCursor() == null
                    ? null
                    : "/portal/training/officers?"
                        + (filters + Query.and("cursor", page.nextCursor())).substring(1))
            .data("key", UUID.randomUUID().toString()));
  }

  /** The agencies whose officers the API lists (its {@code agency} filter). */
  static final List<String> AGENCIES = List.of("PA-SNM", "US-DHS");

  @POST
  @Path("/officers")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createOfficer(
      @FormParam("givenName") String givenName,
      @FormParam("familyName") String familyName,
      @FormParam("badgeNumber") String badgeNumber,
      @FormParam("rank") String rank,
      @FormParam("key") String key) {
    user.require("createOfficer");
    OfficerView created =
        backend.send(
            "POST",
            API + "/officers",
            new OfficerRequest(
                Forms.blankToNull(givenName),
                Forms.blankToNull(familyName),
                Forms.blankToNull(badgeNumber),
                Forms.blankToNull(rank)),
            null,
            Query.key(key),
            OfficerView.class);
    return Views.done("/portal/training/officers/" + created.id(), "officer_created");
  }

  @GET
  @Path("/officers/{id}")
  public Response officer(@PathParam("id") long id) {
    user.requireRuns("training");
    user.require("getOfficer");
    var officer = backend.read(API + "/officers/" + id, OfficerView.class);
    var certifications =
        user.may("listCertifications")
            ? backend.readPage(
                API + "/certifications?limit=100&officerId=" + id, CertificationView.class)
            : null;
    var certified = certifications == null ? null : certifications.answer();
    // The enrollments behind its certifications (the API lists nominations by session only).
    List<EnrollmentView> enrollments = new ArrayList<>();
    if (certified != null && user.may("getEnrollment")) {
      var reads =
          new LinkedHashSet<>(
                  Backend.Answer.items(certified).stream()
                      .map(CertificationView::enrollmentId)
                      .toList())
              .stream()
                  .map(e -> backend.read(API + "/enrollments/" + e, EnrollmentView.class))
                  .toList();
      reads.forEach(r -> r.answer().ok().ifPresent(enrollments::add));
    }
    return Views.html(
        officerView(
            views.page("officer", "training"),
            new OfficerAnswers(officer.answer(), certified, enrollments),
            LocalDate.now(config.zone())));
  }

  /** The officer page's data from the service's answers. */
  static TemplateInstance officerView(
      TemplateInstance view, OfficerAnswers answers, LocalDate today) {
    return view.data("o", answers.officer().orThrow())
        .data(
            "certifications",
            answers.certifications() == null
                ? null
                : Backend.Answer.itemsOrNull(answers.certifications()))
        .data("enrollments", answers.enrollments())
        .data("vettings", List.of(VettingStatus.values()))
        .data("today", today.toString());
  }

  @POST
  @Path("/officers/{id}/vetting")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recordVetting(
      @PathParam("id") long id,
      @FormParam("status") String status,
      @FormParam("expiresOn") String expiresOn,
      @FormParam("version") Long version) {
    user.require("recordVetting");
    backend.send(
        "PUT",
        API + "/officers/" + id + "/vetting",
        new VettingRequest(
            Forms.choice(VettingStatus.class, status, "status"),
            Forms.date(expiresOn, "expiresOn")),
        version,
        null);
    return Views.done("/portal/training/officers/" + id, "vetting_recorded");
  }

  // --- certifications

  @GET
  @Path("/certifications/{id}")
  public Response certification(@PathParam("id") long id) {
    user.requireRuns("training");
    user.require("getCertification");
    CertificationView c = backend.get(API + "/certifications/" + id, CertificationView.class);
    var officer =
        user.may("getOfficer")
            ? backend.read(API + "/officers/" + c.officerId(), OfficerView.class)
            : null;
    return Views.html(
        views
            .page("training-certification", "training")
            .data("c", c)
            .data("o", officer == null ? null : officer.answer().orNull()));
  }

  @POST
  @Path("/certifications/{id}/revocation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revokeCertification(
      @PathParam("id") long id,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("revokeCertification");
    backend.send(
        "POST",
        API + "/certifications/" + id + "/revocation",
        new CertificationRevocationRequest(Forms.blankToNull(reason)),
        version,
        null);
    return Views.done("/portal/training/certifications/" + id, "certification_revoked");
  }

  // --- fields

  /** A whole number the API takes as an int; empty is none. */
  private static Integer whole(String value, String field) {
    Long n = Forms.number(value, field);
    if (n == null) {
      return null;
    }
    if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
      throw BackendProblem.invalid(field, "is too large");
    }
    return n.intValue();
  }

  /**
   * A filter's code if it is one the page offers, else none (no filter): a link with a code the API
   * does not know lists everything rather than failing.
   */
  static String oneOf(List<String> offered, String code) {
    return code != null && offered.contains(code) ? code : null;
  }

  /** One instructor per line; blank lines are none. */
  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static Response back(long id, String done) {
    return Views.done("/portal/training/sessions/" + id, done);
  }
}
