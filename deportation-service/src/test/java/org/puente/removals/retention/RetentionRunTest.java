package org.puente.removals.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR_2;
import static org.puente.removals.Fixtures.TODAY;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.common.security.Agency;
import org.puente.removals.Fixtures;
import org.puente.removals.TestClock;
import org.puente.removals.api.AppealDecisionRequest;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.BestInterestRequest;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.ClaimDecisionRequest;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintChannel;
import org.puente.removals.api.ComplaintOutcome;
import org.puente.removals.api.ComplaintRequest;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.api.ComplaintTransitionRequest;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.removals.api.FamilyLink;
import org.puente.removals.api.FamilyRelation;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagResolution;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.HandoverOutcome;
import org.puente.removals.api.IdentityDocument;
import org.puente.removals.api.IdentityDocumentType;
import org.puente.removals.api.IncidentCategory;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.IncidentFollowUpRequest;
import org.puente.removals.api.IncidentRequest;
import org.puente.removals.api.IncidentSeverity;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.MonitorAssignmentRequest;
import org.puente.removals.api.MonitorHandover;
import org.puente.removals.api.MonitorReportRequest;
import org.puente.removals.api.MonitoringPhase;
import org.puente.removals.api.PostReturnContactRequest;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.RetentionRunRequest;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.removals.api.SeparationRequest;
import org.puente.removals.api.TravelDocumentRequest;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentType;
import org.puente.removals.api.TravelDocumentUpdate;
import org.puente.testing.TestTokens;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.TrainingStub;

/**
 * The retention run, with the clock moved past the period: a case granted protection ten years ago,
 * seeded with a distinctive value in every personal field and every related record, is gone from
 * every text column of every table (history included); so is a person removed on a monitored flight
 * from their complaint, post-return contact, incident and monitor's handover note, while the
 * flight's own account and the others on it stay; its partner's grant is over; the statistics add
 * up as before; a dry run first changed nothing and counted the same; a case still inside its
 * period is untouched.
 */
@QuarkusTest
class RetentionRunTest {

  private static final String CASES = "/api/v1/removals/cases/";
  private static final String RUNS = "/api/v1/removals/retention/runs";

  static final String SNM_ADMIN =
      TestTokens.user("snm-admin").agency("PA-SNM").roles("admin").bearer();
  static final String DHS_ADMIN =
      TestTokens.user("dhs-admin").agency("US-DHS").roles("admin").bearer();
  static final String SNM_MONITOR =
      TestTokens.user("snm-monitor").agency("PA-SNM").roles("monitor").bearer();

  /** One distinctive word per personal field: a hit names the field that leaked. */
  private static final String GIVEN = "Zephyrine Aurelia";

  private static final String FAMILY = "Marbleward Ixtapa";
  private static final String PASSPORT = "ZQ44817752";
  private static final String BIOMETRIC = "BIO-ZEPH-770431";
  private static final String RIGHTS_INTERPRETER = "Ixchel Vantablack";
  private static final String SCREENING_INTERPRETER = "Oruro Tlalocan";
  private static final String NOTES = "notes-Quenyabird";
  private static final String FLAG_REASON = "reason-Asthmafern";
  private static final String FLAG_RESOLUTION = "resolution-Inhalerpine";
  private static final String BEST_INTEREST = "bestinterest-Auntcali";
  private static final String DENIAL = "decision-Credowind";
  private static final String LEGAL_BASIS = "basis-Ordolith";
  private static final String APPEAL = "appeal-Grundmoss";
  private static final String APPEAL_DECISION = "dismissed-Dismaloak";
  private static final String TRAVEL_DOCUMENT = "TDQUILL77";
  private static final String GROUNDS = "grounds-Persecalm";
  private static final String GRANT_REASON = "granted-Wellfoundia";
  private static final String SEPARATION = "separation-Splitbrook";
  private static final String GRANT_BASIS = "grantbasis-Legisfen";
  private static final String GRANT_PURPOSE = "purpose-Reviewmarsh";
  private static final String CLOSING = "closing-Keepwillow";
  // A second person, removed on a monitored flight: the accountability records about them.
  private static final String COMPLAINANT = "Quillon Brackenridge";
  private static final String RELATIONSHIP = "godmother-Tiernavale";
  private static final String COMPLAINT = "complaint-Shovedgate";
  private static final String COMPLAINT_DECISION = "upheld-Verdantcall";
  private static final String CONCERNS = "concerns-Gangthornby";
  private static final String INCIDENT = "incident-Stairslipp";
  private static final String FINDINGS = "findings-Retrainvale";
  private static final String HANDOVER_NOTE = "handover-Cousinwaite";
  private static final String MEDICAL_NEEDS = "medical-Insulmoor";

  /** About the flight, not a person: kept. */
  private static final String CONDITIONS = "conditions-Calmcabin";

  /** About someone else on the flight, still inside their period: kept. */
  private static final String OTHERS_NOTE = "handover-Keptfellow";

  /** An incident involving nobody: kept. */
  private static final String CATERING = "incident-Latecatering";

  private static final List<String> SEEDED =
      List.of(
          "Zephyrine",
          "Aurelia",
          "Marbleward",
          "Ixtapa",
          PASSPORT,
          BIOMETRIC,
          "Vantablack",
          "Tlalocan",
          NOTES,
          FLAG_REASON,
          FLAG_RESOLUTION,
          BEST_INTEREST,
          DENIAL,
          LEGAL_BASIS,
          APPEAL,
          APPEAL_DECISION,
          TRAVEL_DOCUMENT,
          GROUNDS,
          GRANT_REASON,
          SEPARATION,
          GRANT_BASIS,
          GRANT_PURPOSE,
          "Quillon",
          "Brackenridge",
          RELATIONSHIP,
          COMPLAINT,
          COMPLAINT_DECISION,
          CONCERNS,
          INCIDENT,
          FINDINGS,
          HANDOVER_NOTE,
          MEDICAL_NEEDS);

  @InjectStub TrainingStub training;

  @InjectStub FundingStub funding;

  @Inject TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aCasePastItsPeriodKeepsNoPersonalDataAnywhere() throws SQLException {
    Instant start = Instant.now();
    LocalDate born = TODAY.minusYears(16).minusDays(40);
    long relative = Fixtures.openCase("CO");
    long subject = seed(relative, born);
    long[] flown = seedRemoved();
    long removed = flown[0];
    long operation = flown[1];
    // Inside its period: closed six years later, five years' period, run ten years and a day on.
    clock.fix(start.plus(6 * 366, ChronoUnit.DAYS));
    long recent = recentlyClosed();
    clock.reset();

    Map<String, List<String>> everywhere = found(SEEDED);
    everywhere.forEach(
        (value, where) -> assertTrue(!where.isEmpty(), "seeded and found before: " + value));
    String recentBefore = caseRow(recent);
    String statisticsBefore = statistics();
    String caseTableBefore = caseTable();

    // Ten years and two days on (UTC years).
    clock.fix(start.atOffset(ZoneOffset.UTC).plusYears(10).plusDays(2).toInstant());

    JsonPath dry = run(true);
    assertEquals(everywhere, found(SEEDED), "a dry run changes nothing");
    assertEquals(recentBefore, caseRow(recent));
    assertTrue(dry.getLong("cases") >= 1);
    assertTrue(dry.getLong("grantsEnded") >= 1);
    assertEquals("REQUEST", dry.getString("trigger"));
    assertEquals("PA-SNM/snm-admin", dry.getString("triggeredBy"));
    assertEquals("COMPLETED", dry.getString("outcome"));
    assertEquals(true, dry.getBoolean("dryRun"));

    JsonPath real = run(false);
    assertEquals(dry.getLong("cases"), real.getLong("cases"), "the dry run counted the cases");
    assertEquals(dry.getLong("grantsEnded"), real.getLong("grantsEnded"));
    assertEquals(
        dry.getList("tables"), real.getList("tables"), "the dry run counted every table's rows");

    found(SEEDED).forEach((value, where) -> assertEquals(List.of(), where, value + " remains"));

    // Statistics: the same before and after.
    assertEquals(statisticsBefore, statistics());
    assertEquals(caseTableBefore, caseTable());
    // The age at encounter stays, the day of birth does not.
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from removal_case where id = "
                + subject
                + " and date_of_birth <> date '"
                + born
                + "' and extract(year from age(encountered_on, date_of_birth)) = 16"
                + " and languages = '{}' and identity_documents = '[]'::jsonb"
                + " and family_links = '[]'::jsonb and biometric_reference is null"
                + " and pseudonymised_at is not null"));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from removal_case_aud where id = "
                + subject
                + " and (date_of_birth = date '"
                + born
                + "' or biometric_reference is not null or identity_documents <> '[]'::jsonb)"));
    // What the accountability records count stays: the complaint's category and outcome, the
    // contact's facts, the incident's category and people, the handover's outcome, the flight's
    // conditions.
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from complaint where case_id = "
                + removed
                + " and category = 'USE_OF_FORCE' and outcome = 'UPHELD' and status = 'DECIDED'"));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from post_return_contact where case_id = "
                + removed
                + " and reached and concerns_reported and concerns is not null"));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from operation_incident where operation_id = "
                + operation
                + " and involved_case_ids = array["
                + removed
                + "]::bigint[] and category = 'USE_OF_FORCE' and follow_up = 'CLOSED'"));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from monitor_report where operation_id = "
                + operation
                + " and handovers @> '[{\"caseId\": "
                + removed
                + ", \"outcome\": \"HANDED_OVER\"}]'::jsonb"
                + " and conditions = '"
                + CONDITIONS
                + "'"));
    // The records of others on the flight, and of the flight itself, are not touched.
    for (String table : List.of("monitor_report", "monitor_report_aud")) {
      assertEquals(
          1,
          Fixtures.count(
              "select count(*) from "
                  + table
                  + " where operation_id = "
                  + operation
                  + " and handovers::text like '%"
                  + OTHERS_NOTE
                  + "%'"),
          table);
    }
    for (String table : List.of("operation_incident", "operation_incident_aud")) {
      assertEquals(
          1,
          Fixtures.count(
              "select count(*) from "
                  + table
                  + " where operation_id = "
                  + operation
                  + " and description = '"
                  + CATERING
                  + "'"),
          table);
    }
    // The partner's grant is over.
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from disclosure_grant where case_id = "
                + subject
                + " and revoked_at is null"));
    given()
        .header("Authorization", Fixtures.DHS_ADVISOR)
        .get(CASES + subject)
        .then()
        .statusCode(404);
    // The case still inside its period is untouched.
    assertEquals(recentBefore, caseRow(recent));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from removal_case where id = "
                + recent
                + " and pseudonymised_at is null"));

    // Again: nothing more to do.
    assertEquals(0, run(false).getLong("cases"));

    // Both runs are listed for the auditor.
    List<Long> listed =
        given()
            .header("Authorization", Fixtures.SNM_AUDITOR)
            .queryParam("limit", 200)
            .get(RUNS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertTrue(listed.contains(dry.getLong("id")) || listed.size() == 200);
  }

  @Test
  void onlyTheHomeAgencysAdministratorsRunItAndTheirAuditorsRead() {
    Fixtures.post(SNM_OFFICER, RUNS, new RetentionRunRequest(true)).then().statusCode(403);
    Fixtures.post(Fixtures.SNM_AUDITOR, RUNS, new RetentionRunRequest(true)).then().statusCode(403);
    Fixtures.post(DHS_ADMIN, RUNS, new RetentionRunRequest(true)).then().statusCode(403);
    given().header("Authorization", DHS_ADMIN).get(RUNS).then().statusCode(403);
    given().header("Authorization", SNM_OFFICER).get(RUNS).then().statusCode(403);
    Fixtures.post(SNM_ADMIN, RUNS, Map.of()).then().statusCode(400);
    given().header("Authorization", SNM_ADMIN).get(RUNS).then().statusCode(200);
  }

  @Test
  void oneRunAtATimeAndAStoppedRunHoldsNoneBack() {
    String running =
        "insert into retention_run (id, started_at, dry_run, trigger_kind, triggered_by, outcome)"
            + " values (nextval('retention_run_seq'), now() - interval '%s', false, 'SCHEDULE',"
            + " 'schedule', 'RUNNING') returning id";
    long busy = insertReturningId(running.formatted("1 minute"));
    try {
      Fixtures.post(SNM_ADMIN, RUNS, new RetentionRunRequest(true)).then().statusCode(409);
    } finally {
      Fixtures.execute("delete from retention_run where id = " + busy);
    }
    long stopped = insertReturningId(running.formatted("7 hours"));
    run(true);
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from retention_run where outcome = 'FAILED' and id = " + stopped));
  }

  private static long insertReturningId(String sql) {
    try (Connection c = Fixtures.connection();
        PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonPath run(boolean dryRun) {
    return Fixtures.post(SNM_ADMIN, RUNS, new RetentionRunRequest(dryRun))
        .then()
        .statusCode(201)
        .body("dryRun", equalTo(dryRun))
        .extract()
        .jsonPath();
  }

  /** A person with every personal field filled, and every record a case can have. */
  private long seed(long relative, LocalDate born) {
    CaseRequest body =
        new CaseRequest(
            GIVEN,
            FAMILY,
            born,
            "CO",
            "F",
            List.of("es", "yua"),
            List.of(new IdentityDocument(IdentityDocumentType.PASSPORT, PASSPORT, "CO")),
            BIOMETRIC,
            TODAY.minusDays(30),
            "Lajas Blancas reception station",
            null,
            List.of(new FamilyLink(relative, FamilyRelation.SIBLING)));
    long id =
        Fixtures.post(SNM_OFFICER, CASES, body)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Fixtures.post(
            SNM_OFFICER,
            CASES + id + "/rights-notices",
            new RightsNoticeRequest(
                Set.of(Right.values()), "es", RIGHTS_INTERPRETER, TODAY.minusDays(25)))
        .then()
        .statusCode(201);
    long flag =
        Fixtures.post(
                SNM_OFFICER,
                CASES + id + "/flags",
                new FlagRequest(FlagType.MEDICAL, FLAG_REASON, null))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            CASES + id + "/flags/" + flag + "/resolution",
            "\"0\"",
            new FlagResolution(FLAG_RESOLUTION))
        .then()
        .statusCode(200);
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .header("If-Match", Fixtures.caseEtag(id))
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new BestInterestRequest(TODAY, BEST_INTEREST)))
        .put(CASES + id + "/best-interest-determination")
        .then()
        .statusCode(200);
    Fixtures.post(
            SNM_OFFICER,
            CASES + id + "/screenings",
            new ScreeningRequest(
                "es", SCREENING_INTERPRETER, true, ScreeningOutcome.SCREENED_IN, NOTES))
        .then()
        .statusCode(201);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR_2,
            CASES + id + "/protection-claim/decision",
            "\"0\"",
            new ClaimDecisionRequest(ClaimStatus.DENIED, DENIAL))
        .then()
        .statusCode(200);
    Fixtures.post(
            SNM_SUPERVISOR,
            CASES + id + "/removal-order",
            new RemovalOrderRequest(
                LEGAL_BASIS, TODAY.minusDays(20), TODAY.minusDays(20), TODAY.plusDays(5), false))
        .then()
        .statusCode(201);
    long appeal =
        Fixtures.post(
                SNM_OFFICER,
                CASES + id + "/removal-order/appeals",
                new AppealRequest(TODAY.minusDays(2), APPEAL, false, null))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Fixtures.postIfMatch(
            SNM_SUPERVISOR_2,
            CASES + id + "/removal-order/appeals/" + appeal + "/decision",
            "\"0\"",
            new AppealDecisionRequest(AppealStatus.DISMISSED, APPEAL_DECISION))
        .then()
        .statusCode(200);
    long doc =
        Fixtures.post(
                SNM_OFFICER,
                CASES + id + "/travel-documents",
                new TravelDocumentRequest(TravelDocumentType.PASSPORT, "CO"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("Authorization", SNM_OFFICER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new TravelDocumentUpdate(
                    TravelDocumentStatus.ISSUED,
                    TRAVEL_DOCUMENT,
                    TODAY.minusDays(2),
                    TODAY.plusYears(1))))
        .put(CASES + id + "/travel-documents/" + doc)
        .then()
        .statusCode(200);
    Fixtures.post(
            SNM_SUPERVISOR,
            CASES + id + "/family-separations",
            new SeparationRequest(relative, SEPARATION))
        .then()
        .statusCode(201);
    Fixtures.post(
            SNM_OFFICER,
            CASES + id + "/protection-claim",
            new ProtectionClaimRequest(TODAY, GROUNDS))
        .then()
        .statusCode(201);
    String claimEtag = Fixtures.etag(CASES + id + "/protection-claim", SNM_SUPERVISOR);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR_2,
            CASES + id + "/protection-claim/decision",
            claimEtag,
            new ClaimDecisionRequest(ClaimStatus.GRANTED, GRANT_REASON))
        .then()
        .statusCode(200);
    given()
        .header("Authorization", SNM_OFFICER)
        .get(CASES + id)
        .then()
        .statusCode(200)
        .body("status", equalTo(CaseStatus.PROTECTION_GRANTED.name()));
    Fixtures.post(
            SNM_SUPERVISOR,
            "/api/v1/removals/disclosures",
            new DisclosureGrantRequest(
                Agency.US_DHS,
                id,
                GRANT_BASIS,
                GRANT_PURPOSE,
                Instant.now().plus(30, ChronoUnit.DAYS)))
        .then()
        .statusCode(201);
    // The partner reads it: the read is logged with the grant's legal basis.
    given().header("Authorization", Fixtures.DHS_ADVISOR).get(CASES + id).then().statusCode(200);
    return id;
  }

  /**
   * A person removed on a monitored flight (seated, reported on, involved in an incident), who
   * complained and was contacted after return; answers the case and the operation.
   */
  private long[] seedRemoved() {
    long id = Fixtures.enforceableCase("CO");
    long other = Fixtures.enforceableCase("CO");
    long op = Fixtures.fundedOperation(funding, 3, "CO");
    String ops = "/api/v1/removals/operations/" + op;
    Fixtures.seat(op, id).then().statusCode(201);
    Fixtures.seat(op, other).then().statusCode(201);
    Fixtures.post(
            SNM_SUPERVISOR,
            ops + "/monitors",
            new MonitorAssignmentRequest(Agency.PA_SNM, "snm-monitor", null))
        .then()
        .statusCode(201);
    Fixtures.post(
            SNM_MONITOR,
            ops + "/monitor-reports",
            new MonitorReportRequest(
                MonitoringPhase.AFTER_ARRIVAL,
                CONDITIONS,
                false,
                null,
                MEDICAL_NEEDS,
                List.of(
                    new MonitorHandover(id, HandoverOutcome.HANDED_OVER, HANDOVER_NOTE),
                    new MonitorHandover(other, HandoverOutcome.HANDED_OVER, OTHERS_NOTE))))
        .then()
        .statusCode(201);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            ops + "/manifest/freeze",
            Fixtures.operationEtag(op),
            new ManifestRecheck(null))
        .then()
        .statusCode(200);
    long incident =
        Fixtures.post(
                SNM_MONITOR,
                ops + "/incidents",
                new IncidentRequest(
                    Instant.now().minus(1, ChronoUnit.HOURS),
                    IncidentCategory.USE_OF_FORCE,
                    INCIDENT,
                    IncidentSeverity.SERIOUS,
                    List.of(id)))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Fixtures.post(
            SNM_MONITOR,
            ops + "/incidents",
            new IncidentRequest(
                Instant.now().minus(2, ChronoUnit.HOURS),
                IncidentCategory.OTHER,
                CATERING,
                IncidentSeverity.MINOR,
                null))
        .then()
        .statusCode(201);
    String followUp = ops + "/incidents/" + incident + "/follow-up";
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            followUp,
            "\"0\"",
            new IncidentFollowUpRequest(IncidentFollowUp.ASSIGNED, "snm-inspector", null, null))
        .then()
        .statusCode(200);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            followUp,
            "\"1\"",
            new IncidentFollowUpRequest(IncidentFollowUp.UNDER_REVIEW, null, null, null))
        .then()
        .statusCode(200);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            followUp,
            "\"2\"",
            new IncidentFollowUpRequest(IncidentFollowUp.CLOSED, null, FINDINGS, null))
        .then()
        .statusCode(200);
    // Removed (departure and closure are not what this test is about).
    Fixtures.execute(
        "update removal_case set status = 'REMOVED', removed_on = date '"
            + TODAY.minusDays(1)
            + "' where id = "
            + id);
    String complaints = "/api/v1/removals/complaints";
    long complaint =
        Fixtures.post(
                SNM_OFFICER,
                complaints,
                new ComplaintRequest(
                    id,
                    op,
                    COMPLAINANT,
                    true,
                    RELATIONSHIP,
                    ComplaintChannel.PHONE,
                    ComplaintCategory.USE_OF_FORCE,
                    TODAY,
                    COMPLAINT))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    for (Object[] step :
        new Object[][] {
          {SNM_OFFICER, ComplaintStatus.ACKNOWLEDGED, null, null},
          {SNM_OFFICER, ComplaintStatus.UNDER_INVESTIGATION, null, null},
          {SNM_SUPERVISOR, ComplaintStatus.DECIDED, ComplaintOutcome.UPHELD, COMPLAINT_DECISION}
        }) {
      Fixtures.postIfMatch(
              (String) step[0],
              complaints + "/" + complaint + "/transitions",
              Fixtures.etag(complaints + "/" + complaint, SNM_OFFICER),
              new ComplaintTransitionRequest(
                  (ComplaintStatus) step[1], (ComplaintOutcome) step[2], (String) step[3]))
          .then()
          .statusCode(200);
    }
    given()
        .header("Authorization", SNM_OFFICER)
        .header("Idempotency-Key", "contact-" + id)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new PostReturnContactRequest(TODAY, true, true, CONCERNS)))
        .post(CASES + id + "/post-return-contacts")
        .then()
        .statusCode(201);
    return new long[] {id, op};
  }

  /** A case closed now (by the clock): inside its period for years. */
  private static long recentlyClosed() {
    long id = Fixtures.openCase("VE");
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            CASES + id + "/transitions",
            Fixtures.caseEtag(id),
            new CaseTransitionRequest(CaseStatus.CLOSED, CLOSING))
        .then()
        .statusCode(200);
    return id;
  }

  private static String caseRow(long id) {
    return given()
        .header("Authorization", SNM_OFFICER)
        .get(CASES + id)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** The case table as the owner sees it, and as a partner does. */
  private static String statistics() {
    String path = "/api/v1/removals/statistics/cases";
    return given()
            .header("Authorization", Fixtures.SNM_AUDITOR)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asString()
        + given()
            .header("Authorization", Fixtures.DOS_FUNDING)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asString();
  }

  /** What statistics count: status, nationality, sex, age at encounter, dates. */
  private static String caseTable() throws SQLException {
    StringBuilder table = new StringBuilder();
    try (Connection c = Fixtures.connection();
        PreparedStatement st =
            c.prepareStatement(
                "select owning_agency, status, nationality, sex, encountered_on, removed_on,"
                    + " encounter_place, extract(year from age(encountered_on, date_of_birth)),"
                    + " count(*) from removal_case group by 1, 2, 3, 4, 5, 6, 7, 8"
                    + " order by 1, 2, 3, 4, 5, 6, 7, 8");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        for (int i = 1; i <= 9; i++) {
          table.append(rs.getString(i)).append(i == 9 ? '\n' : '|');
        }
      }
    }
    return table.toString();
  }

  /** Every column of the schema that can hold text: text, varchar, char, json, arrays, tsvector. */
  static List<String[]> textColumns(Connection c) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (PreparedStatement st =
            c.prepareStatement(
                "select table_name, column_name from information_schema.columns"
                    + " where table_schema = current_schema()"
                    + " and (data_type in ('text', 'character varying', 'character', 'json',"
                    + " 'jsonb', 'tsvector') or (data_type = 'ARRAY'))"
                    + " and table_name in (select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE')"
                    + " order by 1, 2");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        columns.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return columns;
  }

  /** For each string, where it is stored: "table.column x rows", over every text column. */
  private static Map<String, List<String>> found(List<String> values) throws SQLException {
    Map<String, List<String>> found = new TreeMap<>();
    values.forEach(v -> found.put(v, new ArrayList<>()));
    try (Connection c = Fixtures.connection()) {
      for (String[] col : textColumns(c)) {
        for (String value : values) {
          long n = count(c, col, value);
          if (n > 0) {
            found.get(value).add(col[0] + "." + col[1] + " x" + n);
          }
        }
      }
    }
    return found;
  }

  private static long count(Connection c, String[] col, String value) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "select count(*) from \""
                + col[0]
                + "\" where \""
                + col[1]
                + "\"::text ilike '%' || ? || '%'")) {
      st.setString(1, value);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
