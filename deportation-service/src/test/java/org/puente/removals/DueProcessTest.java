package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR_2;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.AppealDecisionRequest;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.ClaimDecisionRequest;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.ScreeningConfirmation;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.testing.TestTokens;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.TrainingStub;
import org.puente.training.api.Competency;

/**
 * Due process before and after a removal order: legal dates in Panama's time zone, appeals in time
 * (or admitted out of time), separation of duties on protection decisions, and access to rights in
 * a language the person understands. Each refusal is checked to have changed nothing.
 */
@QuarkusTest
class DueProcessTest {

  @InjectStub FundingStub funding;

  @InjectStub TrainingStub training;

  private static final String CASES = "/api/v1/removals/cases/";

  @Inject TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static String status(long caseId) {
    return given()
        .header("Authorization", SNM_OFFICER)
        .get(CASES + caseId)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  private static RemovalOrderRequest order(LocalDate deadline, boolean suspensive) {
    return new RemovalOrderRequest(
        "Decreto Ley 3 de 2008",
        deadline.minusDays(10),
        deadline.minusDays(10),
        deadline,
        suspensive);
  }

  private static AppealRequest appeal(LocalDate filedOn, boolean suspensive) {
    return new AppealRequest(filedOn, "Procedural error", suspensive, null);
  }

  private static long orderedCase(LocalDate deadline, boolean suspensive) {
    long id = Fixtures.screenedCase("CO");
    Fixtures.post(SNM_SUPERVISOR, CASES + id + "/removal-order", order(deadline, suspensive))
        .then()
        .statusCode(201);
    return id;
  }

  private static long appeals(long caseId) {
    return Fixtures.count(
        "select count(*) from appeal a join removal_order o on o.id = a.order_id where o.case_id = "
            + caseId);
  }

  @Test
  void onTheDeadlineEveningInPanamaTheWindowIsStillOpen() {
    LocalDate deadline = Fixtures.TODAY.minusDays(3);
    long id = orderedCase(deadline, true);
    // 19:30 in Panama on the deadline day is 00:30 UTC on the next day.
    ZonedDateTime evening = ZonedDateTime.of(deadline, LocalTime.of(19, 30), Fixtures.PANAMA);
    clock.fix(evening.toInstant());
    assertEquals(deadline.plusDays(1), LocalDate.ofInstant(evening.toInstant(), Fixtures.UTC));

    Fixtures.declareFinal(id)
        .then()
        .statusCode(409)
        .body("reasons", hasItem(containsString("The appeal window is open until " + deadline)));
    assertEquals("REMOVAL_ORDERED", status(id));
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .get(CASES + id + "/enforceability")
        .then()
        .statusCode(200)
        .body("enforceable", equalTo(false))
        .body("reasons.code", hasItem("APPEAL_WINDOW_OPEN"));
    Fixtures.post(SNM_OFFICER, CASES + id + "/removal-order/appeals", appeal(deadline, true))
        .then()
        .statusCode(201)
        .body("deadline", equalTo(deadline.toString()))
        .body("admittedOutOfTimeBy", equalTo(null));
    assertEquals("APPEAL_PENDING", status(id));
  }

  @Test
  void afterMidnightInPanamaTheWindowHasClosed() {
    LocalDate deadline = Fixtures.TODAY.minusDays(3);
    long id = orderedCase(deadline, true);
    clock.fix(
        ZonedDateTime.of(deadline.plusDays(1), LocalTime.of(0, 30), Fixtures.PANAMA).toInstant());
    Fixtures.declareFinal(id).then().statusCode(200).body("status", equalTo("ENFORCEABLE"));
  }

  @Test
  void anAppealAfterTheDeadlineIsRefusedWithTheDeadlineAndChangesNothing() {
    LocalDate deadline = Fixtures.TODAY.minusDays(3);
    long id = orderedCase(deadline, true);
    Fixtures.post(
            SNM_OFFICER, CASES + id + "/removal-order/appeals", appeal(deadline.plusDays(1), true))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("the deadline was " + deadline));
    assertEquals(0, appeals(id));
    assertEquals("REMOVAL_ORDERED", status(id));

    AppealRequest late =
        new AppealRequest(
            deadline.plusDays(1),
            "Procedural error",
            true,
            "The person was in hospital until the day after the deadline");
    Fixtures.post(SNM_OFFICER, CASES + id + "/removal-order/appeals", late)
        .then()
        .statusCode(403)
        .body("detail", containsString("Only a supervisor"));
    assertEquals(0, appeals(id));

    Fixtures.post(SNM_SUPERVISOR, CASES + id + "/removal-order/appeals", late)
        .then()
        .statusCode(201)
        .body("admittedOutOfTimeBy", equalTo("snm-supervisor"))
        .body("outOfTimeReason", containsString("hospital"));
    assertEquals("APPEAL_PENDING", status(id));
  }

  @Test
  void anAppealWithoutSuspensiveEffectDoesNotStopRemoval() {
    long id = Fixtures.enforceableCase("CO");
    Fixtures.post(
            SNM_OFFICER,
            CASES + id + "/removal-order/appeals",
            new AppealRequest(Fixtures.TODAY.minusDays(6), "Disproportionate", false, null))
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"));
    assertEquals("ENFORCEABLE", status(id));
    Fixtures.seat(Fixtures.fundedOperation(funding, 5, "CO"), id).then().statusCode(201);
  }

  @Test
  void theOrderIssuerCannotDecideTheAppealAndEachDecisionSaysWhoWhenWhy() {
    LocalDate deadline = Fixtures.TODAY.plusDays(5);
    long id = orderedCase(deadline, true);
    long appeal =
        Fixtures.post(
                SNM_OFFICER, CASES + id + "/removal-order/appeals", appeal(Fixtures.TODAY, true))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    String decision = CASES + id + "/removal-order/appeals/" + appeal + "/decision";
    AppealDecisionRequest dismiss =
        new AppealDecisionRequest(AppealStatus.DISMISSED, "No error of law");
    Fixtures.postIfMatch(SNM_SUPERVISOR, decision, "\"0\"", dismiss)
        .then()
        .statusCode(403)
        .body("detail", containsString("You issued the removal order"));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from appeal where status = 'PENDING' and decided_by is null and id = "
                + appeal));
    assertEquals("APPEAL_PENDING", status(id));

    Fixtures.postIfMatch(SNM_SUPERVISOR_2, decision, "\"0\"", dismiss)
        .then()
        .statusCode(200)
        .body("status", equalTo("DISMISSED"))
        .body("decidedBy", equalTo("snm-supervisor-2"))
        .body("decidedOn", equalTo(Fixtures.TODAY.toString()))
        .body("decidedAt", notNullValue())
        .body("decisionReason", equalTo("No error of law"));
    assertEquals("REMOVAL_ORDERED", status(id));
    // The database holds the line too.
    assertNotNull(
        Fixtures.refused("update appeal set decided_by = 'snm-supervisor' where id = " + appeal));
  }

  @Test
  void theOrderIssuerCannotDecideTheProtectionClaim() {
    long id = Fixtures.enforceableCase("CO");
    Fixtures.post(
            SNM_OFFICER,
            CASES + id + "/protection-claim",
            new ProtectionClaimRequest(Fixtures.TODAY, "New evidence of persecution"))
        .then()
        .statusCode(201);
    ClaimDecisionRequest deny = new ClaimDecisionRequest(ClaimStatus.DENIED, "Not credible");
    Fixtures.postIfMatch(SNM_SUPERVISOR, CASES + id + "/protection-claim/decision", "\"0\"", deny)
        .then()
        .statusCode(403)
        .body("detail", containsString("another supervisor must decide the protection claim"));
    assertEquals("PROTECTION_CLAIM_PENDING", status(id));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from protection_claim where status = 'PENDING' and case_id = " + id));
    assertNotNull(
        Fixtures.refused(
            "update protection_claim set status = 'DENIED', decided_by = 'snm-supervisor'"
                + " where case_id = "
                + id));
    Fixtures.postIfMatch(SNM_SUPERVISOR_2, CASES + id + "/protection-claim/decision", "\"0\"", deny)
        .then()
        .statusCode(200)
        .body("decidedBy", equalTo("snm-supervisor-2"))
        .body("decidedAt", notNullValue());
  }

  @Test
  void whoDecidedTheClaimDoesNotIssueTheOrder() {
    long id = Fixtures.openCase("CO");
    Fixtures.rightsNotice(id);
    Fixtures.screen(id, "SCREENED_IN", true);
    Fixtures.postIfMatch(
            SNM_SUPERVISOR,
            CASES + id + "/protection-claim/decision",
            "\"0\"",
            new ClaimDecisionRequest(ClaimStatus.DENIED, "No nexus to a Convention ground"))
        .then()
        .statusCode(200);
    Fixtures.post(SNM_SUPERVISOR, CASES + id + "/removal-order", order(Fixtures.TODAY, true))
        .then()
        .statusCode(403)
        .body("detail", containsString("another supervisor must issue the order"));
    assertEquals(0, Fixtures.count("select count(*) from removal_order where case_id = " + id));
    assertEquals("PROTECTION_DENIED", status(id));
    Fixtures.post(SNM_SUPERVISOR_2, CASES + id + "/removal-order", order(Fixtures.TODAY, true))
        .then()
        .statusCode(201);
  }

  @Test
  void aNegativeScreeningIsConfirmedByASecondSupervisorBeforeAnOrder() {
    training.certify(502, Competency.PROTECTION_SCREENING, Fixtures.TODAY.plusYears(1));
    long id = Fixtures.openCase("CO");
    Fixtures.rightsNotice(id);
    long screening =
        Fixtures.post(
                SNM_SUPERVISOR,
                CASES + id + "/screenings",
                new ScreeningRequest("es", null, false, ScreeningOutcome.SCREENED_OUT, null))
            .then()
            .statusCode(201)
            .body("needsConfirmation", equalTo(true))
            .extract()
            .jsonPath()
            .getLong("id");
    Fixtures.post(SNM_SUPERVISOR_2, CASES + id + "/removal-order", order(Fixtures.TODAY, true))
        .then()
        .statusCode(409)
        .body("reasons", hasItem(containsString("awaits confirmation by a second supervisor")));
    assertEquals(0, Fixtures.count("select count(*) from removal_order where case_id = " + id));

    String confirm = CASES + id + "/screenings/" + screening + "/confirmation";
    ScreeningConfirmation reason = new ScreeningConfirmation("Interview record reviewed");
    Fixtures.postIfMatch(SNM_SUPERVISOR, confirm, "\"0\"", reason)
        .then()
        .statusCode(403)
        .body("detail", containsString("cannot confirm their own"));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from screening where confirmed_by is not null and id = " + screening));
    Fixtures.postIfMatch(SNM_SUPERVISOR_2, confirm, "\"0\"", reason)
        .then()
        .statusCode(200)
        .body("confirmedBy", equalTo("snm-supervisor-2"))
        .body("confirmedAt", notNullValue());
    Fixtures.postIfMatch(SNM_SUPERVISOR_2, confirm, "\"1\"", reason).then().statusCode(409);
    Fixtures.post(SNM_SUPERVISOR_2, CASES + id + "/removal-order", order(Fixtures.TODAY, true))
        .then()
        .statusCode(201);
  }

  @Test
  void aFearOfReturnNeverEndsAsNoClaim() {
    long id = Fixtures.openCase("CO");
    Fixtures.post(
            SNM_OFFICER,
            CASES + id + "/screenings",
            new ScreeningRequest("es", null, true, ScreeningOutcome.NO_CLAIM, null))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertEquals(0, Fixtures.count("select count(*) from screening where case_id = " + id));
    assertEquals("OPEN", status(id));
    assertNotNull(
        Fixtures.refused(
            "insert into screening (id, case_id, screener, screener_officer_id, certification_id,"
                + " language, claim_expressed, outcome, screened_at, version) values"
                + " (nextval('screening_seq'), "
                + id
                + ", 'x', 1, 1, 'es', true, 'NO_CLAIM', now(), 0)"));
  }

  @Test
  void anOrderWaitsUntilThePersonIsToldOfEveryRight() {
    long id = Fixtures.openCase("CO");
    Fixtures.screen(id, "NO_CLAIM", false);
    Fixtures.post(SNM_SUPERVISOR, CASES + id + "/removal-order", order(Fixtures.TODAY, true))
        .then()
        .statusCode(409)
        .body("reasons", hasSize(5))
        .body(
            "reasons",
            hasItems(
                containsString("SEEK_PROTECTION"),
                containsString("APPEAL"),
                containsString("CONSULAR_CONTACT"),
                containsString("LEGAL_AID"),
                containsString("UNHCR_IOM_CONTACT")));
    assertEquals(0, Fixtures.count("select count(*) from removal_order where case_id = " + id));
    assertEquals("SCREENING", status(id));
  }

  @Test
  void rightsAndInterviewsInALanguageThePersonDoesNotSpeakNeedAnInterpreter() {
    long id = Fixtures.openCase("CO");
    RightsNoticeRequest notice =
        new RightsNoticeRequest(
            Set.of(Right.SEEK_PROTECTION, Right.APPEAL), "en", null, Fixtures.TODAY);
    Fixtures.post(SNM_OFFICER, CASES + id + "/rights-notices", notice)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("interpreter"));
    assertEquals(0, Fixtures.count("select count(*) from rights_notice where case_id = " + id));
    Fixtures.post(
            SNM_OFFICER,
            CASES + id + "/screenings",
            new ScreeningRequest("en", null, false, ScreeningOutcome.NO_CLAIM, null))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("interpreter"));
    assertEquals(0, Fixtures.count("select count(*) from screening where case_id = " + id));
    assertEquals("OPEN", status(id));

    Fixtures.post(
            SNM_OFFICER,
            CASES + id + "/rights-notices",
            new RightsNoticeRequest(
                notice.rights(), "en", "Ana Ruiz, sworn interpreter", Fixtures.TODAY))
        .then()
        .statusCode(201)
        .body("rights", equalTo(List.of("SEEK_PROTECTION", "APPEAL")))
        .body("recordedBy", equalTo("snm-officer"));
    given()
        .header("Authorization", SNM_SUPERVISOR)
        .get(CASES + id + "/enforceability")
        .then()
        .body("reasons.findAll { it.code == 'RIGHTS_NOT_NOTIFIED' }", hasSize(3));
  }

  @Test
  void aPartnerCannotRecordRightsAndTheStateDepartmentCannotReadThem() {
    long id = Fixtures.openCase("CO");
    String dhsSupervisor = TestTokens.user("dhs-sup").agency("US-DHS").roles("supervisor").bearer();
    Fixtures.post(
            dhsSupervisor,
            CASES + id + "/rights-notices",
            new RightsNoticeRequest(Set.of(Right.APPEAL), "es", null, Fixtures.TODAY))
        .then()
        .statusCode(404);
    given()
        .header("Authorization", Fixtures.DOS_SUPERVISOR)
        .get(CASES + id + "/rights-notices")
        .then()
        .statusCode(403);
    assertEquals(0, Fixtures.count("select count(*) from rights_notice where case_id = " + id));
  }
}
