package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.security.Agency;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.HandoverOutcome;
import org.puente.removals.api.IncidentCategory;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.IncidentFollowUpRequest;
import org.puente.removals.api.IncidentRequest;
import org.puente.removals.api.IncidentSeverity;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.MonitorAssignmentEnd;
import org.puente.removals.api.MonitorAssignmentRequest;
import org.puente.removals.api.MonitorHandover;
import org.puente.removals.api.MonitorReportRequest;
import org.puente.removals.api.MonitoringPhase;
import org.puente.testing.TestTokens;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/**
 * Monitors named per operation: an assigned monitor of any agency reads the operation, its care
 * manifest and incidents and files reports; a monitor not named (even of the owning agency) gets
 * 404 everywhere; incidents are followed up to closed; partners see counts or, under a grant, the
 * incidents in full.
 */
@QuarkusTest
class MonitorTest {

  static final String SNM_MONITOR =
      TestTokens.user("snm-monitor").agency("PA-SNM").roles("monitor").bearer();
  static final String SNM_MONITOR_2 =
      TestTokens.user("snm-monitor-2").agency("PA-SNM").roles("monitor").bearer();
  static final String DHS_MONITOR =
      TestTokens.user("dhs-monitor").agency("US-DHS").roles("monitor").bearer();

  @InjectStub FundingStub funding;

  private static String ops(long op) {
    return "/api/v1/removals/operations/" + op;
  }

  /** A funded charter with one enforceable person seated. */
  private long[] seatedOperation() {
    long person = Fixtures.enforceableCase("CO");
    long op = Fixtures.fundedOperation(funding, 5, "CO");
    Fixtures.seat(op, person).then().statusCode(201);
    return new long[] {op, person};
  }

  private static JsonPath assign(long op, Agency agency, String username) {
    return Fixtures.post(
            Fixtures.SNM_SUPERVISOR,
            ops(op) + "/monitors",
            new MonitorAssignmentRequest(agency, username, "Defensoría del Pueblo"))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static void freeze(long op) {
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR,
            ops(op) + "/manifest/freeze",
            Fixtures.operationEtag(op),
            new ManifestRecheck(null))
        .then()
        .statusCode(200);
  }

  @Test
  void anAssignedMonitorReadsTheCareManifestAndFilesAReport() {
    long[] seated = seatedOperation();
    long op = seated[0];
    long person = seated[1];
    // A need that arose after the person was seated shows on the care manifest.
    Fixtures.post(
            Fixtures.SNM_OFFICER,
            "/api/v1/removals/cases/" + person + "/flags",
            new FlagRequest(FlagType.MEDICAL, "Needs insulin on board", null))
        .then()
        .statusCode(201);
    assign(op, Agency.US_DHS, "dhs-monitor");

    given().header("Authorization", DHS_MONITOR).get(ops(op)).then().statusCode(200);
    given()
        .header("Authorization", DHS_MONITOR)
        .queryParam("limit", 200)
        .get("/api/v1/removals/operations")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) op));
    given()
        .header("Authorization", DHS_MONITOR)
        .get(ops(op) + "/care-manifest")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("items.caseId", contains((int) person))
        .body("items[0].givenNames", containsString("Test"))
        .body("items[0].age", notNullValue())
        .body("items[0].sex", equalTo("F"))
        .body("items[0].languages", contains("es"))
        .body("items[0].openFlags", contains("MEDICAL"))
        .body("items[0]", not(hasKey("identityDocuments")))
        .body("items[0]", not(hasKey("screenings")));
    // The monitor's read of the people on the flight is in the owner's log of reads.
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .queryParam("caseId", person)
        .queryParam("reader", "dhs-monitor")
        .get("/api/v1/removals/audit/reads")
        .then()
        .statusCode(200)
        .body("items.what", hasItem("care manifest of operation " + op))
        .body("items.readerAgency", hasItem("US-DHS"));
    // So is the staff's read of the manifest.
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .get(ops(op) + "/manifest")
        .then()
        .statusCode(200)
        .body("items.caseId", contains((int) person));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from case_read_log where case_id = "
                + person
                + " and reader = 'snm-supervisor' and what = 'manifest of operation "
                + op
                + "'"));

    MonitorReportRequest report =
        new MonitorReportRequest(
            MonitoringPhase.BEFORE_DEPARTURE,
            "Boarding calm; water and meals offered",
            true,
            "Soft restraints on one person for boarding, removed after take-off",
            "Insulin kept by the escort leader",
            List.of(new MonitorHandover(person, HandoverOutcome.HANDED_OVER, null)));
    given()
        .header("Authorization", DHS_MONITOR)
        .header("Idempotency-Key", "report-" + op)
        .contentType("application/json")
        .body(Fixtures.json(report))
        .post(ops(op) + "/monitor-reports")
        .then()
        .statusCode(201)
        .body("phase", equalTo("BEFORE_DEPARTURE"))
        .body("filedBy", equalTo("dhs-monitor"))
        .body("filedByAgency", equalTo("US-DHS"))
        .body("handovers[0].outcome", equalTo("HANDED_OVER"));
    // A person not on the manifest cannot be handed over.
    long stranger = Fixtures.openCase("CO");
    Fixtures.post(
            DHS_MONITOR,
            ops(op) + "/monitor-reports",
            new MonitorReportRequest(
                MonitoringPhase.AFTER_ARRIVAL,
                "Arrival",
                false,
                null,
                null,
                List.of(new MonitorHandover(stranger, HandoverOutcome.DID_NOT_SHOW, null))))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    // Restraints used need details.
    Fixtures.post(
            DHS_MONITOR,
            ops(op) + "/monitor-reports",
            new MonitorReportRequest(
                MonitoringPhase.DURING_FLIGHT, "Flight", true, null, null, null))
        .then()
        .statusCode(400);

    for (String reader : List.of(DHS_MONITOR, Fixtures.SNM_SUPERVISOR, Fixtures.SNM_AUDITOR)) {
      given()
          .header("Authorization", reader)
          .get(ops(op) + "/monitor-reports")
          .then()
          .statusCode(200)
          .header("Cache-Control", "no-store")
          .body("items.size()", equalTo(1));
    }
    // Each read of the reports names the person handed over: one row per reader.
    assertEquals(
        3,
        Fixtures.count(
            "select count(*) from case_read_log where case_id = "
                + person
                + " and what = 'monitor reports of operation "
                + op
                + "'"));
    given()
        .header("Authorization", Fixtures.DOS_SUPERVISOR)
        .get(ops(op) + "/monitor-reports")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", Fixtures.DOS_SUPERVISOR)
        .get(ops(op) + "/care-manifest")
        .then()
        .statusCode(403);
    assertEquals(
        1, Fixtures.count("select count(*) from monitor_report_aud where operation_id = " + op));
    assertEquals(
        1,
        Fixtures.count("select count(*) from monitor_assignment_aud where operation_id = " + op));
  }

  @Test
  void aMonitorNotAssignedGets404EvenOfTheOwningAgency() {
    long op = seatedOperation()[0];
    JsonPath assignment = assign(op, Agency.PA_SNM, "snm-monitor");
    Fixtures.post(
            Fixtures.SNM_SUPERVISOR,
            ops(op) + "/monitors",
            new MonitorAssignmentRequest(Agency.PA_SNM, "snm-monitor", null))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    // Only the agency that runs the operation names its monitors.
    Fixtures.post(
            Fixtures.DOS_SUPERVISOR,
            ops(op) + "/monitors",
            new MonitorAssignmentRequest(Agency.US_DOS, "dos-monitor", null))
        .then()
        .statusCode(404);
    // The plan's free-text names give no access; nor does the monitor role of the owning agency.
    for (String outsider : List.of(SNM_MONITOR_2, DHS_MONITOR)) {
      for (String path :
          List.of(
              ops(op),
              ops(op) + "/care-manifest",
              ops(op) + "/incidents",
              ops(op) + "/monitor-reports",
              ops(op) + "/monitors",
              ops(op) + "/incident-summary")) {
        given()
            .header("Authorization", outsider)
            .get(path)
            .then()
            .statusCode(404)
            .contentType("application/problem+json");
      }
      Fixtures.post(
              outsider,
              ops(op) + "/monitor-reports",
              new MonitorReportRequest(
                  MonitoringPhase.BEFORE_DEPARTURE, "Seen", false, null, null, null))
          .then()
          .statusCode(404);
      given()
          .header("Authorization", outsider)
          .queryParam("limit", 200)
          .get("/api/v1/removals/operations")
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem((int) op)));
    }
    // A monitor of the owning agency never gets the agency's other operations.
    long other = Fixtures.plannedOperation(3, "CO");
    given().header("Authorization", SNM_MONITOR).get(ops(other)).then().statusCode(404);
    given().header("Authorization", SNM_MONITOR).get(ops(op)).then().statusCode(200);

    // Once the assignment ends, the operation is gone for the monitor too.
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR,
            ops(op) + "/monitors/" + assignment.getLong("id") + "/end",
            "\"" + assignment.getLong("version") + "\"",
            new MonitorAssignmentEnd("Replaced by another observer"))
        .then()
        .statusCode(200)
        .body("endedAt", notNullValue());
    given().header("Authorization", SNM_MONITOR).get(ops(op)).then().statusCode(404);
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .get(ops(op) + "/monitors")
        .then()
        .statusCode(200)
        .body("items[0].endReason", equalTo("Replaced by another observer"));
  }

  @Test
  void anIncidentsFollowUpReachesClosed() {
    long[] seated = seatedOperation();
    long op = seated[0];
    long person = seated[1];
    assign(op, Agency.PA_SNM, "snm-monitor");
    freeze(op);
    JsonPath incident =
        Fixtures.post(
                SNM_MONITOR,
                ops(op) + "/incidents",
                new IncidentRequest(
                    Instant.now().minus(1, ChronoUnit.HOURS),
                    IncidentCategory.USE_OF_FORCE,
                    "Escort pushed a passenger at the stairs",
                    IncidentSeverity.SERIOUS,
                    List.of(person)))
            .then()
            .statusCode(201)
            .body("followUp", equalTo("REPORTED"))
            .body("severity", equalTo("SERIOUS"))
            .body("involvedCaseIds", contains((int) person))
            .body("reportedBy", equalTo("snm-monitor"))
            .extract()
            .jsonPath();
    long id = incident.getLong("id");
    String path = ops(op) + "/incidents/" + id + "/follow-up";
    // Without If-Match: 428; skipping a step: 409 with the reason.
    Fixtures.post(
            Fixtures.SNM_SUPERVISOR,
            path,
            new IncidentFollowUpRequest(IncidentFollowUp.ASSIGNED, "inspector", null, null))
        .then()
        .statusCode(428);
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR,
            path,
            "\"0\"",
            new IncidentFollowUpRequest(IncidentFollowUp.CLOSED, null, "Nothing", null))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("may become ASSIGNED"));
    // The monitor reports; the supervisor follows up.
    Fixtures.postIfMatch(
            SNM_MONITOR,
            path,
            "\"0\"",
            new IncidentFollowUpRequest(IncidentFollowUp.ASSIGNED, "inspector", null, null))
        .then()
        .statusCode(403);
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR,
            path,
            "\"0\"",
            new IncidentFollowUpRequest(
                IncidentFollowUp.ASSIGNED, "snm-inspector", null, IncidentSeverity.CRITICAL))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("followUp", equalTo("ASSIGNED"))
        .body("assignee", equalTo("snm-inspector"))
        .body("severity", equalTo("CRITICAL"));
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR,
            path,
            "\"0\"",
            new IncidentFollowUpRequest(IncidentFollowUp.UNDER_REVIEW, null, null, null))
        .then()
        .statusCode(412);
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR,
            path,
            "\"1\"",
            new IncidentFollowUpRequest(IncidentFollowUp.UNDER_REVIEW, null, null, null))
        .then()
        .statusCode(200);
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR,
            path,
            "\"2\"",
            new IncidentFollowUpRequest(IncidentFollowUp.CLOSED, null, null, null))
        .then()
        .statusCode(409)
        .body("detail", equalTo("Closing the follow-up needs findings"));
    Fixtures.postIfMatch(
            Fixtures.SNM_SUPERVISOR,
            path,
            "\"2\"",
            new IncidentFollowUpRequest(
                IncidentFollowUp.CLOSED, null, "Force not justified; escort retrained", null))
        .then()
        .statusCode(200)
        .body("followUp", equalTo("CLOSED"))
        .body("findings", equalTo("Force not justified; escort retrained"))
        .body("closedAt", notNullValue());
    given()
        .header("Authorization", SNM_MONITOR)
        .get(ops(op) + "/incidents")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("items[0].followUp", equalTo("CLOSED"))
        .body("items[0].version", equalTo(3));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from case_read_log where case_id = "
                + person
                + " and reader = 'snm-monitor' and what = 'incidents of operation "
                + op
                + "'"),
        "the monitor's read of the people involved is logged");
    assertTrue(
        Fixtures.count("select count(*) from operation_incident_aud where id = " + id) >= 4,
        "every step of the follow-up is in the history");
    // People involved must be on the manifest.
    long stranger = Fixtures.openCase("CO");
    Fixtures.post(
            Fixtures.SNM_SUPERVISOR,
            ops(op) + "/incidents",
            new IncidentRequest(
                Instant.now().minus(1, ChronoUnit.HOURS),
                IncidentCategory.MEDICAL,
                "Fainted",
                null,
                List.of(stranger)))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void partnersSeeCountsOrUnderAGrantTheIncidentsInFull() {
    long[] seated = seatedOperation();
    long op = seated[0];
    long person = seated[1];
    freeze(op);
    Fixtures.post(
            Fixtures.SNM_OFFICER,
            ops(op) + "/incidents",
            new IncidentRequest(
                Instant.now().minus(2, ChronoUnit.HOURS),
                IncidentCategory.MEDICAL,
                "Passenger needed oxygen",
                IncidentSeverity.MINOR,
                List.of(person)))
        .then()
        .statusCode(201);
    Fixtures.post(
            Fixtures.SNM_OFFICER,
            ops(op) + "/incidents",
            new IncidentRequest(
                Instant.now().minus(1, ChronoUnit.HOURS),
                IncidentCategory.OTHER,
                "Catering late",
                null,
                null))
        .then()
        .statusCode(201);

    // The funder: counts by category and severity, no personal data.
    given()
        .header("Authorization", Fixtures.DOS_FUNDING)
        .get(ops(op) + "/incident-summary")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("open", equalTo(2))
        .body("cells.find { it.category == 'MEDICAL' }.severity", equalTo("MINOR"))
        .body("cells.find { it.category == 'OTHER' }.severity", nullValue())
        .body(not(containsString("oxygen")));
    given()
        .header("Authorization", Fixtures.DOS_FUNDING)
        .get(ops(op) + "/incidents")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", Fixtures.DOS_SUPERVISOR)
        .get(ops(op) + "/incidents")
        .then()
        .statusCode(404);
    // An operation the funder does not fund does not exist for it.
    long unfunded = Fixtures.plannedOperation(3, "CO");
    given()
        .header("Authorization", Fixtures.DOS_FUNDING)
        .get(ops(unfunded) + "/incident-summary")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", Fixtures.DHS_ADVISOR)
        .get(ops(op) + "/incident-summary")
        .then()
        .statusCode(404);

    // US-DHS: nothing without a grant; with one, the incidents whose people it covers, logged.
    given()
        .header("Authorization", Fixtures.DHS_ADVISOR)
        .get(ops(op) + "/incidents")
        .then()
        .statusCode(404);
    Fixtures.post(
            Fixtures.SNM_SUPERVISOR,
            "/api/v1/removals/disclosures",
            new DisclosureGrantRequest(
                Agency.US_DHS,
                person,
                "Memorandum of Understanding, art. 4",
                "Review of removal conduct",
                Instant.now().plus(1, ChronoUnit.DAYS)))
        .then()
        .statusCode(201);
    given()
        .header("Authorization", Fixtures.DHS_ADVISOR)
        .get(ops(op) + "/incidents")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("items.size()", equalTo(1))
        .body("items[0].description", equalTo("Passenger needed oxygen"))
        .body("items[0].involvedCaseIds", contains((int) person));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from disclosure_log where case_id = "
                + person
                + " and reader = 'dhs-advisor' and what like 'incidents%'"));
  }
}
