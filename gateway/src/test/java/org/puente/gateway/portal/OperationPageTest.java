package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.common.paging.Page;
import org.puente.removals.api.CareManifestEntry;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.IncidentView;
import org.puente.removals.api.MonitorAssignmentView;
import org.puente.removals.api.MonitorReportView;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.OperationView;
import org.puente.removals.api.SeatView;

/**
 * The operation page as drawn from the service's answers: the supervisor names monitors and follows
 * incidents up; a monitor reads the care manifest (not the manifest's records) and files reports;
 * incidents show their category, severity and follow-up in words; every field is labelled.
 */
class OperationPageTest {

  private static final Engine ENGINE = PortalTemplates.ENGINE;

  private static final CasePageTest.User SUPERVISOR =
      new CasePageTest.User("snm-supervisor", Set.of("supervisor"), "PA-SNM");
  private static final CasePageTest.User MONITOR =
      new CasePageTest.User("snm-monitor", Set.of("monitor"), "PA-SNM");

  @Test
  void theSupervisorNamesMonitorsAndFollowsIncidentsUp() {
    String page = render(SUPERVISOR, "en", staffAnswers());
    assertTrue(page.contains("id=\"assign-monitor\""), "the assign form");
    assertTrue(page.contains("action=\"/portal/operations/9/monitors\""));
    assertTrue(page.contains("id=\"end-monitor-70\""), "an active assignment can be ended");
    assertTrue(page.contains("name=\"version\" value=\"2\""), "If-Match of the assignment");
    assertFalse(page.contains("id=\"end-monitor-71\""), "an ended one is not");
    assertTrue(page.contains("Replaced by another observer"));
    // Incidents with their category, severity and follow-up in words.
    assertTrue(page.contains("Use of force"), "category");
    assertTrue(page.contains("Serious"), "severity");
    assertTrue(page.contains("Assigned · Inspección General"), "follow-up and assignee");
    assertTrue(page.contains("id=\"follow-up-80\""), "the follow-up form");
    assertTrue(page.contains("<option value=\"UNDER_REVIEW\">Under review</option>"));
    assertFalse(page.contains("id=\"follow-up-81\""), "a closed incident is over");
    assertTrue(page.contains("Closed · Inspección General · Escort retrained"));
    // Staff read the manifest; the monitor's forms are not theirs.
    assertTrue(page.contains("id=\"manifest\""));
    assertFalse(page.contains("id=\"care-manifest\""));
    assertFalse(page.contains("id=\"report-form\""));
    assertTrue(page.contains("id=\"report-40\""), "the reports are shown");
    assertTrue(page.contains("Before departure"));
    assertTrue(page.contains("#7: Refused boarding (Refused at the stairs)"));
  }

  @Test
  void aMonitorReadsTheCareManifestAndFilesReports() {
    String page = render(MONITOR, "en", monitorAnswers());
    assertTrue(page.contains("id=\"care-manifest\""), "the care manifest");
    assertTrue(page.contains("Ana Pérez"));
    assertTrue(page.contains("Medical"), "an open flag in words");
    assertFalse(page.contains("id=\"manifest\""), "not the manifest's records");
    assertTrue(page.contains("id=\"report-form\""), "the report form");
    assertTrue(page.contains("<option value=\"7:REFUSED_BOARDING\">Refused boarding</option>"));
    assertTrue(page.contains("id=\"handover-7\""));
    // The supervisor's forms are not offered.
    assertFalse(page.contains("id=\"assign-monitor\""));
    assertFalse(page.contains("id=\"end-monitor-70\""));
    assertFalse(page.contains("id=\"follow-up-80\""));
    assertTrue(page.contains("Use of force"), "the incidents are shown");
  }

  @Test
  void inSpanishTheWordsAreSpanish() {
    String page = render(MONITOR, "es", monitorAnswers());
    assertTrue(page.contains("Manifiesto de atención"));
    assertTrue(page.contains("Uso de la fuerza"));
    assertTrue(page.contains("Grave"));
    assertTrue(page.contains("Se negó a embarcar"));
    String staff = render(SUPERVISOR, "es", staffAnswers());
    assertTrue(staff.contains("Asignar el monitor"));
    assertTrue(staff.contains("Registrar el paso"));
  }

  @Test
  void everyFieldHasALabelAndIdsAreUnique() {
    for (String language : List.of("en", "es")) {
      for (String page :
          List.of(
              render(SUPERVISOR, language, staffAnswers()),
              render(MONITOR, language, monitorAnswers()))) {
        assertEquals(Set.of(), PortalTemplates.unlabelled(page), "every field has a label");
        assertEquals(Set.of(), PortalTemplates.duplicateIds(page), "ids are unique");
      }
    }
  }

  // The page's answers from deportation-service, as its views serialise them.

  private static Map<String, Object> operation() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", 9);
    o.put("kind", "CHARTER");
    o.put("destinationCountry", "CO");
    o.put("destinationAirport", "BOG");
    o.put("departureAt", "2026-12-01T13:00:00Z");
    o.put("seats", 60);
    o.put("seatsTaken", 1);
    o.put("monitors", List.of("Defensoría del Pueblo"));
    o.put("status", OperationStatus.MANIFEST_FROZEN.name());
    o.put("escortOfficerIds", List.of(2));
    o.put("version", 5);
    return o;
  }

  private static List<Map<String, Object>> incidents() {
    Map<String, Object> open = new LinkedHashMap<>();
    open.put("id", 80);
    open.put("operationId", 9);
    open.put("occurredAt", "2026-11-29T12:00:00Z");
    open.put("category", "USE_OF_FORCE");
    open.put("description", "An escort held a passenger's arm at the stairs");
    open.put("reportedBy", "snm-monitor");
    open.put("reportedAt", "2026-11-29T12:10:00Z");
    open.put("severity", "SERIOUS");
    open.put("involvedCaseIds", List.of(7));
    open.put("followUp", IncidentFollowUp.ASSIGNED.name());
    open.put("assignee", "Inspección General");
    open.put("version", 1);
    Map<String, Object> closed = new LinkedHashMap<>(open);
    closed.put("id", 81);
    closed.put("category", "MEDICAL");
    closed.put("severity", null);
    closed.put("involvedCaseIds", List.of());
    closed.put("followUp", IncidentFollowUp.CLOSED.name());
    closed.put("findings", "Escort retrained");
    closed.put("closedAt", "2026-11-29T18:00:00Z");
    closed.put("version", 3);
    return List.of(open, closed);
  }

  private static List<Map<String, Object>> monitors() {
    Map<String, Object> active = new LinkedHashMap<>();
    active.put("id", 70);
    active.put("operationId", 9);
    active.put("agency", "PA-SNM");
    active.put("username", "snm-monitor");
    active.put("organisation", "Defensoría del Pueblo");
    active.put("assignedBy", "snm-supervisor");
    active.put("assignedAt", "2026-11-28T12:00:00Z");
    active.put("version", 2);
    Map<String, Object> ended = new LinkedHashMap<>(active);
    ended.put("id", 71);
    ended.put("agency", "US-DHS");
    ended.put("username", "dhs-monitor");
    ended.put("endedAt", "2026-11-28T13:00:00Z");
    ended.put("endedBy", "snm-supervisor");
    ended.put("endReason", "Replaced by another observer");
    return List.of(active, ended);
  }

  private static List<Map<String, Object>> reports() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", 40);
    r.put("operationId", 9);
    r.put("phase", "BEFORE_DEPARTURE");
    r.put("conditions", "Boarding orderly");
    r.put("restraintsUsed", false);
    r.put("medicalNeeds", null);
    r.put(
        "handovers",
        List.of(
            Map.of("caseId", 7, "outcome", "REFUSED_BOARDING", "note", "Refused at the stairs")));
    r.put("filedBy", "snm-monitor");
    r.put("filedByAgency", "PA-SNM");
    r.put("filedAt", "2026-11-29T11:00:00Z");
    r.put("version", 0);
    return List.of(r);
  }

  private static OperationPages.OperationAnswers staffAnswers() {
    Map<String, Object> seat = new LinkedHashMap<>();
    seat.put("id", 100);
    seat.put("operationId", 9);
    seat.put("caseId", 7);
    seat.put("status", "SEATED");
    seat.put("addedBy", "snm-supervisor");
    seat.put("addedAt", "2026-11-28T12:00:00Z");
    seat.put("version", 0);
    seat.put("relativesNotSeated", List.of());
    return new OperationPages.OperationAnswers(
        Backend.Answer.of(JSON.convertValue(operation(), OperationView.class)),
        page(List.of(seat), SeatView.class),
        page(List.of(), CareManifestEntry.class),
        page(incidents(), IncidentView.class),
        page(monitors(), MonitorAssignmentView.class),
        page(reports(), MonitorReportView.class));
  }

  private static OperationPages.OperationAnswers monitorAnswers() {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("id", 100);
    person.put("caseId", 7);
    person.put("givenNames", "Ana");
    person.put("familyNames", "Pérez");
    person.put("age", 36);
    person.put("sex", "F");
    person.put("languages", List.of("es"));
    person.put("openFlags", List.of("MEDICAL"));
    return new OperationPages.OperationAnswers(
        Backend.Answer.of(JSON.convertValue(operation(), OperationView.class)),
        page(List.of(), SeatView.class),
        page(List.of(person), CareManifestEntry.class),
        page(incidents(), IncidentView.class),
        page(monitors().subList(0, 1), MonitorAssignmentView.class),
        page(reports(), MonitorReportView.class));
  }

  private static <T> Backend.Answer<Page<T>> page(List<?> items, Class<T> item) {
    JavaType type = JSON.getTypeFactory().constructParametricType(Page.class, item);
    return Backend.Answer.of(JSON.convertValue(Map.of("items", items), type));
  }

  // Read as the portal reads answers: unknown fields ignored (a partner may run a newer version).
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  // Rendering with Qute alone: the templates as they are, the real words and formats.

  private static String render(
      CasePageTest.User user, String language, OperationPages.OperationAnswers answers) {
    var view =
        ENGINE
            .getTemplate("operation")
            .instance()
            .data("user", user)
            .setLocale(language)
            .data("fmt", new Fmt(language, java.time.ZoneId.of("America/Panama")))
            .data("lang", language)
            .data("section", "operations")
            .data("here", "/portal/operations/9")
            .data("away", Map.of())
            .data("notice", null);
    return OperationPages.operationView(view, answers).render();
  }
}
