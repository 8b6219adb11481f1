package org.puente.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Training in the browser, across the two portals: the US-DHS coordinator creates a course and
 * schedules a session of it; SNM's coordinator registers an officer in the PA-SNM portal (which
 * reads US-DHS's training through the partner gateway); the US-DHS coordinator clears the officer's
 * vetting; SNM's coordinator nominates the officer, chosen from the list; the US-DHS coordinator
 * approves, starts the session, records attendance, corrects it and records the result, and the
 * certification appears on the officer's page. Pages are saved under target/screenshots/ and
 * checked with axe-core. Each test makes its own course, session and officer.
 */
@Order(4)
class TrainingPortalIT {

  private static final String TRAINING = "/api/v1/training";

  /** Training's days are counted in Panama's zone (the sessions' and the portal's). */
  private static final ZoneId ZONE = ZoneId.of("America/Panama");

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  void aSessionIsScheduledNominatedAttendedAndCompletedAndTheCertificationAppears() {
    String stamp = String.valueOf(System.currentTimeMillis());
    String title = "Document examination " + stamp;
    LocalDate today = LocalDate.now(ZONE);
    long session;
    try (Browser b = Browser.signedInAs("dhs-coordinator")) {
      b.open("/portal/training/courses");
      b.find("#c-title").sendKeys(title);
      new Select(b.find("#c-competency")).selectByValue("DOCUMENT_EXAMINATION");
      b.find("#c-hours").sendKeys("8");
      new Select(b.find("#c-language")).selectByValue("es");
      b.find("#c-validity").sendKeys("24");
      b.screenshot("training-courses").accessible("training-courses");
      b.click("#course-form button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("The course was created"));
      assertTrue(b.find("#course-facts").getText().contains("Document examination"));
      b.screenshot("training-course").accessible("training-course");

      // The session of this course: the course comes chosen from the catalogue.
      b.click("#schedule-session");
      String course = new Select(b.find("#s-course")).getFirstSelectedOption().getText();
      assertTrue(course.startsWith(title), course);
      b.find("#s-location").sendKeys("SNM training centre, Panama City");
      date(b, "#s-start", today);
      date(b, "#s-end", today);
      b.find("#s-capacity").sendKeys("4");
      b.find("#s-instructors").sendKeys("Ana Core\nBen Dal");
      b.find("#s-cost").sendKeys("1500.00");
      b.screenshot("training-session-new").accessible("training-session-new");
      b.click("#session-form button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("The session was scheduled"));
      session = Long.parseLong(b.driver.getCurrentUrl().replaceAll(".*/sessions/(\\d+).*", "$1"));
      assertTrue(b.find("#session-facts").getText().contains("Ana Core, Ben Dal"));
      assertFalse(b.has("#nominate-form"), "the provider nominates no one");

      // Only the moves a planned session allows.
      assertEquals(
          List.of("OPEN", "CANCELLED"),
          new Select(b.find("#t-status"))
              .getOptions().stream().map(o -> o.getAttribute("value")).toList());
      new Select(b.find("#t-status")).selectByValue("OPEN");
      b.click("#transition-form button");
      assertTrue(b.find("#session-status").getText().contains("Open for nominations"));
    }

    // SNM's coordinator registers an officer of their own agency in their own portal.
    long officer;
    String family = "Quintero " + stamp;
    try (Browser b = Browser.signedInAs("snm-coordinator")) {
      b.open("/portal/training/officers");
      b.find("#o-given").sendKeys("Elena");
      b.find("#o-family").sendKeys(family);
      b.find("#o-badge").sendKeys("SNM-" + stamp);
      b.find("#o-rank").sendKeys("Inspectora");
      b.screenshot("training-officers").accessible("training-officers");
      b.click("#officer-form button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("The officer was registered"));
      officer = Long.parseLong(b.driver.getCurrentUrl().replaceAll(".*/officers/(\\d+).*", "$1"));
      assertTrue(b.find("#officer-vetting").getText().contains("Pending"));
      assertFalse(b.has("#vetting-form"), "the provider records vetting");
    }

    // The provider clears the officer's vetting (Leahy), through the end of the session and on.
    try (Browser b = Browser.signedInAs("dhs-coordinator")) {
      b.open("/portal/training/officers/" + officer);
      new Select(b.find("#v-status")).selectByValue("CLEARED");
      date(b, "#v-expires", today.plusYears(1));
      b.click("#vetting-form button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("The vetting was recorded"));
      assertTrue(b.find("#officer-vetting").getText().contains("Cleared"));
      b.screenshot("training-officer-vetted").accessible("training-officer-vetted");
    }

    // SNM's coordinator nominates the officer, chosen from the API's list of their officers.
    try (Browser b = Browser.signedInAs("snm-coordinator")) {
      b.open("/portal/training/sessions/" + session);
      Select officers = new Select(b.find("#n-officer"));
      assertTrue(
          officers.getOptions().stream().anyMatch(o -> o.getText().startsWith(family + ", Elena")),
          "the new officer is offered");
      officers.selectByValue(String.valueOf(officer));
      b.screenshot("training-session-nominate").accessible("training-session-nominate");
      b.click("#nominate-form button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("nominated"));
      assertTrue(b.find("#nominations").getText().contains(family));
      assertFalse(b.has("form[id^='approve-']"), "the provider approves");
      assertTrue(b.has("form[id^='withdraw-']"), "SNM may withdraw its own nomination");
    }

    long enrollment = enrollmentOf(session, officer);
    try (Browser b = Browser.signedInAs("dhs-coordinator")) {
      b.open("/portal/training/sessions/" + session);
      b.click("#approve-" + enrollment + " button");
      assertTrue(b.find("#notice").getText().contains("approved"));
      assertTrue(b.find("#nomination-" + enrollment).getText().contains("Enrolled"));
      new Select(b.find("#t-status")).selectByValue("IN_PROGRESS");
      b.click("#transition-form button");
      assertTrue(b.find("#session-status").getText().contains("In progress"));

      // Today's sheet: the officer marked absent by mistake, then corrected.
      assertEquals(today.toString(), b.find("#a-day").getAttribute("value"));
      new Select(b.find("#a-mark-" + enrollment)).selectByValue(enrollment + ":ABSENT");
      b.screenshot("training-attendance").accessible("training-attendance");
      b.click("#attendance-form button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("The attendance was recorded"));
      String form = b.find("form[id^='correct-']").getAttribute("id");
      assertEquals(
          "ABSENT",
          new Select(b.find("#" + form + "-status"))
              .getFirstSelectedOption()
              .getAttribute("value"));
      new Select(b.find("#" + form + "-status")).selectByValue("PRESENT");
      b.click("#" + form + " button");
      assertTrue(b.find("#notice").getText().contains("The mark was corrected"));
      assertEquals(
          "PRESENT",
          api("dhs-coordinator", TRAINING + "/sessions/" + session + "/attendance")
              .get(0)
              .get("status"));
      b.screenshot("training-attendance-corrected").accessible("training-attendance-corrected");

      // The result: passed with full attendance, and certified.
      b.find("#score-" + enrollment).sendKeys("90");
      b.click("#complete-" + enrollment + " button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("passed"));
      assertTrue(b.find("#enrollment-status").getText().contains("Passed"));
      assertTrue(b.find("#enrollment-certification").getText().contains("Document examination"));
      b.screenshot("training-enrollment").accessible("training-enrollment");

      b.open("/portal/training/officers/" + officer);
      String certifications = b.find("#officer-certifications").getText();
      assertTrue(certifications.contains("Document examination"), certifications);
      assertTrue(certifications.contains("Valid"), certifications);
      assertTrue(b.find("#officer-enrollments").getText().contains("Passed"));
      b.screenshot("training-officer-certified").accessible("training-officer-certified");
    }
  }

  @Test
  void aRefusedSessionFormKeepsWhatWasTypedWithTheReasonBesideTheField() {
    LocalDate today = LocalDate.now(ZONE);
    try (Browser b = Browser.signedInAs("dhs-coordinator")) {
      b.open("/portal/training/sessions/new");
      Select course = new Select(b.find("#s-course"));
      String courseId = course.getOptions().get(1).getAttribute("value");
      course.selectByValue(courseId);
      int before =
          api("dhs-coordinator", TRAINING + "/sessions?limit=200&courseId=" + courseId).size();
      b.find("#s-location").sendKeys("Centro de formación, Colón");
      date(b, "#s-start", today.plusDays(10));
      date(b, "#s-end", today.plusDays(5));
      b.find("#s-capacity").sendKeys("3");
      b.find("#s-instructors").sendKeys("Eva Ruiz");
      b.find("#s-cost").sendKeys("900.00");
      b.click("#session-form button");
      // Refused by the service (the last day before the first): the form again, as typed.
      assertEquals(400, b.status());
      assertEquals(
          courseId, new Select(b.find("#s-course")).getFirstSelectedOption().getAttribute("value"));
      assertEquals("Centro de formación, Colón", b.find("#s-location").getAttribute("value"));
      assertEquals(today.plusDays(10).toString(), b.find("#s-start").getAttribute("value"));
      assertEquals(today.plusDays(5).toString(), b.find("#s-end").getAttribute("value"));
      assertEquals("3", b.find("#s-capacity").getAttribute("value"));
      assertEquals("Eva Ruiz", b.find("#s-instructors").getAttribute("value"));
      assertEquals("900.00", b.find("#s-cost").getAttribute("value"));
      assertTrue(b.find("#session-endDate-error").getText().contains("startDate"));
      b.screenshot("training-session-refused").accessible("training-session-refused");
      assertEquals(
          before,
          api("dhs-coordinator", TRAINING + "/sessions?limit=200&courseId=" + courseId).size(),
          "nothing was scheduled");

      // Corrected, it is scheduled.
      date(b, "#s-end", today.plusDays(12));
      b.click("#session-form button");
      assertEquals(200, b.status());
      assertTrue(b.find("#notice").getText().contains("The session was scheduled"));
      assertTrue(b.find("#session-facts").getText().contains("Eva Ruiz"));
    }
  }

  /** A date input set as a person picks a day (typing depends on the browser's locale). */
  private static void date(Browser b, String css, LocalDate day) {
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].value = arguments[1]", b.find(css), day.toString());
  }

  private static long enrollmentOf(long session, long officer) {
    return api("dhs-coordinator", TRAINING + "/sessions/" + session + "/nominations").stream()
        .filter(n -> ((Number) n.get("officerId")).longValue() == officer)
        .map(n -> ((Number) n.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private static List<Map<String, Object>> api(String user, String path) {
    return given()
        .baseUri(Stack.gatewayOf(user))
        .header("Authorization", Stack.bearer(user))
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }
}
