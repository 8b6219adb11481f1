package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.common.paging.Page;
import org.puente.funding.api.BudgetLineView;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceView;
import org.puente.training.api.CertificationView;
import org.puente.training.api.CourseView;
import org.puente.training.api.EnrollmentView;
import org.puente.training.api.OfficerView;
import org.puente.training.api.SessionView;

/**
 * The training pages as drawn from training-service's answers: the provider's coordinator (US-DHS)
 * runs sessions, moves them through the states their status allows, approves, rejects and gives
 * results, records and corrects attendance; a partner's coordinator (PA-SNM) nominates officers of
 * their own agency chosen from the API's list, and withdraws only their own nominations; an auditor
 * reads and is offered nothing. Every field has a label, in both languages.
 */
class TrainingPagesTest {

  private static final Engine ENGINE = PortalTemplates.ENGINE;

  private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

  private static final User DHS = new User("dhs-coordinator", "training-coordinator", "US-DHS");
  private static final User SNM = new User("snm-coordinator", "training-coordinator", "PA-SNM");
  private static final User AUDITOR = new User("dhs-auditor", "auditor", "US-DHS");

  @BeforeEach
  void noFormRefused() {
    PortalTemplates.drawWith(new FormState(null));
  }

  @Test
  void theProviderRunsAnOpenSessionApprovesRejectsAndFundsItButNominatesNoOne() {
    String page = session(DHS, "en", open("UNFUNDED"));
    // The moves an OPEN session allows, and no other.
    assertEquals(List.of("IN_PROGRESS", "CANCELLED"), options(page, "t-status"));
    assertTrue(page.contains("action=\"/portal/training/sessions/9/transitions\""));
    assertTrue(page.contains("name=\"version\" value=\"6\""), "If-Match from the session shown");
    // A nomination holding a seat is approved or rejected; a waitlisted one only rejected.
    assertTrue(page.contains("id=\"approve-21\""));
    assertTrue(page.contains("id=\"reject-21\""));
    assertFalse(page.contains("id=\"approve-22\""), "a waitlisted officer has no seat");
    assertTrue(page.contains("id=\"reject-22\""));
    assertFalse(page.contains("id=\"reject-23\""), "an enrolled officer is not rejected");
    assertTrue(page.contains("id=\"withdraw-23\""), "the provider withdraws any nomination");
    // Unfunded and editable: funded from a line, changed with its version.
    assertTrue(page.contains("id=\"funding-form\""));
    assertTrue(page.contains("id=\"session-edit-form\""));
    assertTrue(page.contains(">Ana Core\nBen Dal</textarea>"), "instructors one per line");
    // The provider's coordinator reads no lines: the line the State Department named, by number.
    assertTrue(page.contains("name=\"budgetLineId\" required inputmode=\"numeric\""));
    // The provider nominates no one, and no result is recorded before the session starts.
    assertFalse(page.contains("id=\"nominate-form\""));
    assertFalse(page.contains("id=\"complete-23\""));
    assertFalse(page.contains("id=\"attendance-form\""));
  }

  @Test
  void aLineIsChosenFromTheTrainingLinesWhenTheUserMayReadThem() {
    Map<String, Object> lines = new LinkedHashMap<>();
    lines.put(
        "items",
        List.of(
            line(70, "TRAINING", "Screening courses"), line(71, "CHARTER_FLIGHTS", "Charters")));
    SessionAnswersBuilder answers = open("REFUSED");
    answers.lines = answer(lines, page(BudgetLineView.class));
    String page = session(DHS, "en", answers);
    assertEquals(List.of("", "70"), options(page, "f-line"), "TRAINING lines only");
    assertFalse(page.contains("name=\"budgetLineId\" inputmode"), "no typed number");
  }

  @Test
  void fundingAskedOrHeldIsNotAskedAgain() {
    assertFalse(session(DHS, "en", open("PENDING")).contains("id=\"funding-form\""));
    assertFalse(session(DHS, "en", open("FUNDED")).contains("id=\"funding-form\""));
    assertTrue(session(DHS, "en", open("RETURNED")).contains("id=\"funding-form\""));
  }

  @Test
  void aPartnersCoordinatorNominatesTheirOwnOfficersFromTheListAndWithdrawsOnlyTheirOwn() {
    String page = session(SNM, "es", open("UNFUNDED"));
    assertTrue(page.contains("id=\"nominate-form\""));
    assertEquals(List.of("", "31", "32"), options(page, "n-officer"), "the API's officers");
    assertTrue(page.contains("Pérez, Ana · SNM-4521 · Verificación Aprobada"), page);
    assertFalse(page.contains("name=\"officerId\" inputmode"), "never a typed officer number");
    // Nominations 21 and 23 are SNM's, 22 DHS's own.
    assertTrue(page.contains("id=\"withdraw-21\""));
    assertFalse(page.contains("id=\"withdraw-22\""));
    assertTrue(page.contains("id=\"withdraw-23\""));
    for (String provider :
        List.of(
            "approve-21",
            "reject-21",
            "transition-form",
            "funding-form",
            "session-edit-form",
            "attendance-form")) {
      assertFalse(page.contains("id=\"" + provider + "\""), provider);
    }
  }

  @Test
  void noOfficerToNominateSaysSoAndOffersToRegisterOne() {
    SessionAnswersBuilder answers = open("UNFUNDED");
    answers.officers = answer(Map.of("items", List.of()), page(OfficerView.class));
    String page = session(SNM, "en", answers);
    assertFalse(page.contains("id=\"nominate-form\""));
    assertTrue(page.contains("id=\"no-officers\""));
    assertTrue(page.contains("href=\"/portal/training/officers\""));
  }

  @Test
  void aSessionInProgressTakesAttendanceCorrectionsAndResults() {
    SessionAnswersBuilder answers = open("FUNDED");
    answers.session = answer(session("IN_PROGRESS", "FUNDED"), SessionView.class);
    String page = session(DHS, "en", answers);
    assertEquals(List.of("COMPLETED", "CANCELLED"), options(page, "t-status"));
    assertTrue(page.contains("id=\"t-cost\""), "the actual cost when completing");
    // One select per enrolled officer, each choice naming the enrollment and the mark.
    assertTrue(page.contains("id=\"attendance-form\""));
    assertEquals(
        List.of("", "23:PRESENT", "23:ABSENT", "23:LATE", "23:EXCUSED"),
        options(page, "a-mark-23"));
    assertFalse(page.contains("id=\"a-mark-21\""), "only enrolled officers are marked");
    assertTrue(page.contains("min=\"2026-11-28\" max=\"2026-11-30\" value=\"2026-11-30\""));
    // The recorded mark is corrected with its own version, its officer named.
    assertTrue(page.contains("id=\"correct-40\""));
    assertEquals("ABSENT", selected(page, "correct-40-status"));
    assertTrue(page.contains("<td>Pérez, Ana</td>") || page.contains(">Pérez, Ana<"));
    assertTrue(page.contains("id=\"complete-23\""));
    assertFalse(page.contains("id=\"session-edit-form\""), "no longer editable");
    assertFalse(page.contains("id=\"funding-form\""));
    assertFalse(page.contains("id=\"approve-21\""), "approvals are made while it is open");
  }

  @Test
  void anAuditorReadsEverythingAndIsOfferedNoForm() {
    SessionAnswersBuilder answers = open("FUNDED");
    answers.session = answer(session("IN_PROGRESS", "FUNDED"), SessionView.class);
    answers.officers = null;
    String page = session(AUDITOR, "en", answers);
    assertEquals(0, count(page, "<form method=\"post\" action=\"/portal/training/"), page);
    assertTrue(page.contains("id=\"nominations\""));
    assertTrue(page.contains("id=\"attendance\""));
  }

  @Test
  void aFinishedSessionIsMovedNowhere() {
    SessionAnswersBuilder answers = open("FUNDED");
    answers.session = answer(session("COMPLETED", "FUNDED"), SessionView.class);
    assertFalse(session(DHS, "en", answers).contains("id=\"transition-form\""));
  }

  @Test
  void theOfficerPageShowsVettingCertificationsAndTheirEnrollments() {
    Map<String, Object> revoked = certification(51);
    revoked.put(
        "revocation",
        Map.of(
            "revokedAt",
            "2026-11-29T15:00:00Z",
            "revokedBy",
            "dhs-coordinator",
            "reason",
            "Wrong result"));
    var answers =
        new TrainingPages.OfficerAnswers(
            answer(officer(31, "Pérez", "Ana", "CLEARED"), OfficerView.class),
            answer(
                Map.of("items", List.of(certification(50), revoked)),
                page(CertificationView.class)),
            List.of(enrollmentView(23, "PASSED")));
    String dhs = officer(DHS, "en", answers);
    assertTrue(dhs.contains("id=\"vetting-form\""));
    assertEquals("CLEARED", selected(dhs, "v-status"));
    assertTrue(dhs.contains("value=\"2027-06-30\""), "the clearance's end, to keep or change");
    assertTrue(dhs.contains("href=\"/portal/training/certifications/50\""));
    assertTrue(dhs.contains("Revoked: Wrong result"));
    assertTrue(dhs.contains("href=\"/portal/training/enrollments/23\""));
    // The officer's own agency reads them; the provider records vetting.
    String snm = officer(SNM, "es", answers);
    assertFalse(snm.contains("id=\"vetting-form\""));
    assertTrue(snm.contains("Aprobada"));
  }

  @Test
  void theCourseFormsOfferTheApisEnumsAndKeepTheCourseShown() {
    CourseView course =
        JSON.convertValue(
            Map.of(
                "id",
                4,
                "title",
                "Screening interviews",
                "competency",
                "PROTECTION_SCREENING",
                "hours",
                40,
                "language",
                "es",
                "certificateValidityMonths",
                24,
                "prerequisites",
                List.of("INTERVIEWING"),
                "providerAgency",
                "US-DHS",
                "version",
                3),
            CourseView.class);
    String page =
        view(DHS, "en", "course")
            .data("c", course)
            .data("sessions", List.of())
            .data("competencies", List.of(org.puente.training.api.Competency.values()))
            .data("languages", TrainingPages.COURSE_LANGUAGES)
            .render();
    assertTrue(page.contains("id=\"course-edit-form\""));
    assertEquals("PROTECTION_SCREENING", selected(page, "e-competency"));
    assertTrue(page.contains("value=\"INTERVIEWING\" checked"));
    assertFalse(page.contains("value=\"BIOMETRICS\" checked"));
    assertTrue(page.contains("name=\"version\" value=\"3\""));
    assertTrue(page.contains("href=\"/portal/training/sessions/new?courseId=4\""));
    String snm =
        view(SNM, "en", "course")
            .data("c", course)
            .data("sessions", List.of())
            .data("competencies", List.of(org.puente.training.api.Competency.values()))
            .data("languages", TrainingPages.COURSE_LANGUAGES)
            .render();
    assertFalse(snm.contains("<form method=\"post\""), "only the provider changes a course");
  }

  @Test
  void aRefusedSessionChangeIsDrawnAgainAsTypedWithTheServicesWordBesideTheField() {
    refuse(
        "session-edit",
        "/portal/training/sessions/9",
        Map.of(
            "location", List.of("Colón"),
            "startDate", List.of("2026-12-10"),
            "endDate", List.of("2026-12-01"),
            "capacity", List.of("3"),
            "instructors", List.of("Eva Ruiz"),
            "cost", List.of("900.00")),
        "endDate",
        "must not be before startDate");
    String page = session(DHS, "en", open("UNFUNDED"));
    assertTrue(page.contains("id=\"problem\" data-status=\"400\""), "the problem at the top");
    assertTrue(page.contains("name=\"location\" required maxlength=\"200\" value=\"Colón\""));
    assertTrue(page.contains("value=\"2026-12-01\""), "the end date as typed");
    assertTrue(page.contains(">Eva Ruiz</textarea>"));
    assertTrue(page.contains("value=\"900.00\""));
    assertTrue(
        page.contains(
            "<p class=\"field-error\" id=\"session-edit-endDate-error\">must not be before"
                + " startDate</p>"),
        page);
    // Another form of the page keeps its own defaults.
    assertEquals(null, selected(page, "t-status"));
  }

  @Test
  void aRefusedSheetKeepsItsMarksAndARefusedResultStaysOnItsOwnRow() {
    SessionAnswersBuilder answers = open("FUNDED");
    Map<String, Object> running = session("IN_PROGRESS", "FUNDED");
    answers.session = answer(running, SessionView.class);
    refuse(
        "attendance",
        "/portal/training/sessions/9",
        Map.of("day", List.of("2026-11-29"), "mark", List.of("23:LATE")),
        "day",
        "attendance is recorded on or after the day");
    String page = session(DHS, "en", answers);
    assertEquals("23:LATE", selected(page, "a-mark-23"));
    assertTrue(page.contains("value=\"2026-11-29\""));
    assertTrue(page.contains("id=\"attendance-day-error\""));
    // The recorded mark keeps its own status: it is not the refused form.
    assertEquals("ABSENT", selected(page, "correct-40-status"));
    refuse(
        "complete",
        "/portal/training/sessions/9",
        Map.of("enrollment", List.of("23"), "score", List.of("101")),
        "score",
        "must be less than or equal to 100");
    page = session(DHS, "en", answers);
    assertTrue(
        page.contains(
            "id=\"score-23\" name=\"score\" type=\"number\" min=\"0\" max=\"100\" required size=\"4\" value=\"101\""),
        page);
    assertTrue(page.contains("id=\"complete-score-error\""));
  }

  @Test
  void aRefusedCourseKeepsItsChoicesAndItsPrerequisites() {
    refuse(
        "course",
        "/portal/training/courses",
        Map.of(
            "title", List.of("Biometrics at the border"),
            "competency", List.of("BIOMETRICS"),
            "hours", List.of("3000"),
            "language", List.of("en"),
            "certificateValidityMonths", List.of("12"),
            "prerequisites", List.of("INTERVIEWING", "DOCUMENT_EXAMINATION")),
        "hours",
        "must be less than or equal to 2000");
    String page =
        view(DHS, "es", "courses")
            .data("courses", List.of())
            .data("competencies", List.of(org.puente.training.api.Competency.values()))
            .data("languages", TrainingPages.COURSE_LANGUAGES)
            .data("chosenCompetency", "")
            .data("chosenLanguage", "")
            .data("key", "0123456789abcdef")
            .render();
    assertEquals("BIOMETRICS", selected(page, "c-competency"));
    assertEquals("en", selected(page, "c-language"));
    assertTrue(page.contains("value=\"INTERVIEWING\" checked"));
    assertTrue(page.contains("value=\"DOCUMENT_EXAMINATION\" checked"));
    assertFalse(page.contains("value=\"BIOMETRICS\" checked"));
    assertTrue(page.contains("value=\"Biometrics at the border\""));
    assertTrue(page.contains("id=\"course-hours-error\""));
  }

  /** The form as PortalErrors records its refusal: what was sent and the service's field error. */
  private static void refuse(
      String form, String page, Map<String, List<String>> sent, String field, String message) {
    FormState state = new FormState(null);
    PortalTemplates.drawWith(state);
    state.refuse(
        form,
        page,
        sent,
        new BackendProblem(
            400,
            new org.puente.common.problem.Problem(
                null,
                "Invalid request",
                400,
                "The request is not valid",
                null,
                null,
                List.of(new org.puente.common.problem.Problem.FieldError(field, message)),
                List.of())));
  }

  @Test
  void anAttendanceSheetIsReadAsTheApiTakesItAndAMarkNotOfferedIsRefused() {
    assertEquals(
        List.of(
            new AttendanceEntry(23L, AttendanceMark.PRESENT),
            new AttendanceEntry(24L, AttendanceMark.LATE)),
        TrainingPages.entries(List.of("23:PRESENT", "", "24:LATE")));
    assertEquals(List.of(), TrainingPages.entries(null));
    for (String bad : List.of("23", "23:ASLEEP", "x:PRESENT")) {
      BackendProblem refused =
          assertThrows(BackendProblem.class, () -> TrainingPages.entries(List.of(bad)));
      assertEquals(400, refused.status());
    }
  }

  @Test
  void aFilterIsOneOfTheCodesOfferedOrNone() {
    assertEquals("es", TrainingPages.oneOf(TrainingPages.COURSE_LANGUAGES, "es"));
    assertEquals(null, TrainingPages.oneOf(TrainingPages.COURSE_LANGUAGES, "fr"));
    // A page opened from the menu has no filter at all.
    assertEquals(null, TrainingPages.oneOf(TrainingPages.COURSE_LANGUAGES, null));
    assertEquals(null, TrainingPages.oneOf(TrainingPages.AGENCIES, null));
  }

  @Test
  void instructorsAreOnePerLine() {
    assertEquals(List.of("Ana Core", "Ben Dal"), TrainingPages.lines(" Ana Core\r\n\nBen Dal \n"));
    assertEquals(List.of(), TrainingPages.lines(null));
  }

  @Test
  void everyWordIsInBothLanguagesAndEveryFieldHasALabel() {
    Set<String> methods = new TreeSet<>();
    for (Method m : TrainingMessages.class.getDeclaredMethods()) {
      methods.add(m.getName());
    }
    Set<String> en = keys("tr_en"), es = keys("tr_es");
    assertEquals(methods, en, "a word per method");
    assertEquals(en, es, "both languages");
    for (String vetting : List.of("PENDING", "CLEARED", "DENIED")) {
      assertTrue(en.contains("vetting_" + vetting), vetting);
    }
    List<String> pages = new ArrayList<>();
    SessionAnswersBuilder running = open("FUNDED");
    running.session = answer(session("IN_PROGRESS", "FUNDED"), SessionView.class);
    for (String language : List.of("en", "es")) {
      pages.add(session(DHS, language, open("UNFUNDED")));
      pages.add(session(SNM, language, open("UNFUNDED")));
      pages.add(session(DHS, language, running));
    }
    for (String page : pages) {
      assertEquals(Set.of(), PortalTemplates.unlabelled(page), "every field has a label");
      assertEquals(Set.of(), PortalTemplates.duplicateIds(page), "ids are unique");
      assertFalse(page.contains("NOT_FOUND"), page);
    }
  }

  // --- the answers, as training-service's views serialise them

  /** The session page's answers, changed by each test where it needs to. */
  private static final class SessionAnswersBuilder {
    Backend.Answer<SessionView> session;
    Backend.Answer<Page<EnrollmentView>> nominations;
    Backend.Answer<Page<AttendanceView>> attendance;
    Backend.Answer<Page<OfficerView>> officers;
    Backend.Answer<Page<BudgetLineView>> lines;

    TrainingPages.SessionAnswers build() {
      return new TrainingPages.SessionAnswers(session, nominations, attendance, officers, lines);
    }
  }

  private static SessionAnswersBuilder open(String funding) {
    SessionAnswersBuilder a = new SessionAnswersBuilder();
    a.session = answer(session("OPEN", funding), SessionView.class);
    Map<String, Object> waitlisted = enrollment(22, "WAITLISTED");
    waitlisted.put("nominatingAgency", "US-DHS");
    waitlisted.put("officerId", 33);
    waitlisted.put("officerName", "Roe, Jan");
    a.nominations =
        answer(
            Map.of(
                "items",
                List.of(enrollment(21, "NOMINATED"), waitlisted, enrollment(23, "ENROLLED"))),
            page(EnrollmentView.class));
    Map<String, Object> mark = new LinkedHashMap<>();
    mark.put("id", 40);
    mark.put("enrollmentId", 23);
    mark.put("sessionId", 9);
    mark.put("day", "2026-11-28");
    mark.put("status", "ABSENT");
    mark.put("version", 2);
    a.attendance = answer(Map.of("items", List.of(mark)), page(AttendanceView.class));
    a.officers =
        answer(
            Map.of(
                "items",
                List.of(
                    officer(31, "Pérez", "Ana", "CLEARED"),
                    officer(32, "Díaz", "Luis", "PENDING"))),
            page(OfficerView.class));
    return a;
  }

  private static Map<String, Object> session(String status, String funding) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", 9);
    s.put("courseId", 4);
    s.put("courseTitle", "Screening interviews");
    s.put("competency", "PROTECTION_SCREENING");
    s.put("location", "Panama City");
    s.put("startDate", "2026-11-28");
    s.put("endDate", "2026-12-02");
    s.put("capacity", 2);
    s.put("seatsTaken", 2);
    s.put("waitlisted", 1);
    s.put("instructors", List.of("Ana Core", "Ben Dal"));
    s.put("cost", Map.of("amount", "12000.00", "currency", "USD"));
    s.put("status", status);
    s.put("cancellationReason", null);
    s.put("providerAgency", "US-DHS");
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("status", funding);
    f.put("budgetLineId", "UNFUNDED".equals(funding) ? null : 70);
    f.put("reason", "REFUSED".equals(funding) ? "INSUFFICIENT_FUNDS" : null);
    s.put("funding", f);
    s.put("version", 6);
    return s;
  }

  private static Map<String, Object> enrollment(long id, String status) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", id);
    e.put("sessionId", 9);
    e.put("officerId", id == 23 ? 31 : 32);
    e.put("officerName", id == 23 ? "Pérez, Ana" : "Díaz, Luis");
    e.put("nominatingAgency", "PA-SNM");
    e.put("status", status);
    e.put("waitlistPosition", "WAITLISTED".equals(status) ? 1 : null);
    e.put("score", null);
    e.put("completedOn", null);
    e.put("version", 1);
    return e;
  }

  private static EnrollmentView enrollmentView(long id, String status) {
    Map<String, Object> e = enrollment(id, status);
    e.put("score", 90);
    e.put("completedOn", "2026-11-30");
    return JSON.convertValue(e, EnrollmentView.class);
  }

  private static Map<String, Object> officer(long id, String family, String given, String vetting) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    o.put("givenName", given);
    o.put("familyName", family);
    o.put("agency", "PA-SNM");
    o.put("badgeNumber", id == 31 ? "SNM-4521" : "SNM-4522");
    o.put("rank", null);
    o.put("vettingStatus", vetting);
    o.put("vettingExpiresOn", "CLEARED".equals(vetting) ? "2027-06-30" : null);
    o.put("version", 5);
    return o;
  }

  private static Map<String, Object> certification(long id) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("officerId", 31);
    c.put("agency", "PA-SNM");
    c.put("competency", "PROTECTION_SCREENING");
    c.put("issuedOn", "2026-11-30");
    c.put("expiresOn", "2028-11-30");
    c.put("enrollmentId", 23);
    c.put("revocation", null);
    c.put("version", 0);
    return c;
  }

  private static Map<String, Object> line(long id, String category, String description) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("id", id);
    l.put("agreementId", 1);
    l.put("category", category);
    l.put("description", description);
    for (String money : List.of("allotted", "obligated", "disbursed", "available")) {
      l.put(money, Map.of("amount", "50000.00", "currency", "USD"));
    }
    l.put("version", 0);
    return l;
  }

  // Read as the portal reads answers: unknown fields ignored.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static JavaType page(Class<?> item) {
    return JSON.getTypeFactory().constructParametricType(Page.class, item);
  }

  private static <T> Backend.Answer<T> answer(Object body, Class<T> type) {
    return Backend.Answer.of(JSON.convertValue(body, type));
  }

  private static <T> Backend.Answer<T> answer(Object body, JavaType type) {
    return Backend.Answer.of(JSON.convertValue(body, type));
  }

  // --- rendering with Qute alone: the templates as they are, the real words and formats

  private static String session(User user, String language, SessionAnswersBuilder answers) {
    return TrainingPages.sessionView(
            view(user, language, "session").data("key", "0123456789abcdef"),
            answers.build(),
            user.agency(),
            TODAY)
        .render();
  }

  private static String officer(User user, String language, TrainingPages.OfficerAnswers answers) {
    return TrainingPages.officerView(view(user, language, "officer"), answers, TODAY).render();
  }

  /** What the page's forms were sent with: none refused unless a test refuses one. */
  private static TemplateInstance view(User user, String language, String template) {
    return ENGINE
        .getTemplate(template)
        .instance()
        .data("user", user)
        .setLocale(language)
        .data("fmt", new Fmt(language, ZoneId.of("America/New_York")))
        .data("lang", language)
        .data("section", "training")
        .data("here", "/portal/training")
        // As Views.page: no service found away, nothing just done.
        .data("away", Map.of())
        .data("notice", null);
  }

  private static Set<String> keys(String bundle) {
    return new TreeSet<>(Texts.load("messages/" + bundle + ".properties").keySet());
  }

  /** The signed-in user as the pages ask about them, with the real policy table. */
  public static final class User {
    private static final Policy POLICY = new Policy();
    private final String username;
    private final Set<String> roles;
    private final String agency;

    User(String username, String role, String agency) {
      this.username = username;
      this.roles = Set.of(role);
      this.agency = agency;
    }

    public String homeAgency() {
      return agency;
    }

    public String username() {
      return username;
    }

    public String agency() {
      return agency;
    }

    public boolean may(String operationId) {
      return POLICY.reaches(operationId, roles, agency);
    }

    public boolean runs(String service) {
      return service.equals("training");
    }

    public boolean seesCases() {
      return false;
    }

    public boolean seesOperations() {
      return false;
    }

    public boolean seesTraining() {
      return true;
    }

    public boolean seesFunding() {
      return false;
    }

    public boolean seesAudit() {
      return false;
    }
  }

  // --- what axe-core would say first, checked on the markup

  /** The values of a select's options, in order. */
  private static List<String> options(String page, String selectId) {
    Matcher select =
        Pattern.compile("<select id=\"" + selectId + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
            .matcher(page);
    assertTrue(select.find(), selectId);
    List<String> values = new ArrayList<>();
    Matcher option = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select.group(1));
    while (option.find()) {
      values.add(option.group(1));
    }
    return values;
  }

  /** The value of a select's option chosen as drawn. */
  private static String selected(String page, String selectId) {
    Matcher select =
        Pattern.compile("<select id=\"" + selectId + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
            .matcher(page);
    assertTrue(select.find(), selectId);
    Matcher option =
        Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(1));
    return option.find() ? option.group(1) : null;
  }

  private static int count(String page, String text) {
    int n = 0;
    for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }
}
