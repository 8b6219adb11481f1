package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.training.Fixtures.DHS_COORDINATOR;
import static org.puente.training.Fixtures.SNM_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.testing.TestTokens;
import org.puente.training.api.CertificationRevocationRequest;

/**
 * A certification follows its holder's vetting and can be revoked; the check other services ask
 * says no, with the reason, as soon as either happens.
 */
@QuarkusTest
class CertificationTest {

  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/Panama"));
  private static final String COMPETENCY = "REMOVAL_ESCORT";

  private static Response check(long officer, LocalDate on, String token) {
    return given()
        .header("Authorization", token)
        .queryParam("officerId", officer)
        .queryParam("competency", COMPETENCY)
        .queryParam("on", on.toString())
        .get("/api/v1/training/certifications/check");
  }

  private static void certified(long officer, LocalDate on, long certification) {
    check(officer, on, Fixtures.SNM_CASE_OFFICER)
        .then()
        .statusCode(200)
        .header("Certification-Reason", nullValue())
        .body("certified", equalTo(true))
        .body("certificationId", equalTo((int) certification));
  }

  private static void notCertified(long officer, LocalDate on, String reason, String token) {
    check(officer, on, token)
        .then()
        .statusCode(200)
        .header("Certification-Reason", equalTo(reason))
        .body("certified", equalTo(false))
        .body("certificationId", nullValue())
        .body("expiresOn", nullValue());
  }

  private static String path(long certification) {
    return "/api/v1/training/certifications/" + certification;
  }

  private static Response revoke(long certification, String token, String ifMatch, Object body) {
    var request =
        given()
            .header("Authorization", token)
            .contentType(ContentType.JSON)
            .body(Fixtures.json(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.post(path(certification) + "/revocation");
  }

  /** The revocation columns and version, as the refusals must leave them. */
  private static String row(long certification) {
    return Fixtures.text(
        "select coalesce(revoked_at::text, '-') || '|' || coalesce(revoked_by, '-') || '|'"
            + " || coalesce(revocation_reason, '-') || '|' || version from certification where id = "
            + certification);
  }

  private static final String DHS_AUDITOR =
      TestTokens.user("dhs-auditor").agency("US-DHS").roles("auditor").bearer();

  /** Every certification id the list gives for the query, read page by page as a client does. */
  private static List<Long> listed(String token, Map<String, ?> query) {
    List<Long> ids = new ArrayList<>();
    String cursor = null;
    do {
      var request =
          given().header("Authorization", token).queryParams(query).queryParam("limit", 20);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get("/api/v1/training/certifications")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      ids.addAll(page.getList("items.id", Long.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return ids;
  }

  private static String expiresOn(long certification) {
    return Fixtures.text("select expires_on::text from certification where id = " + certification);
  }

  private static JsonPath summary() {
    return given()
        .header("Authorization", Fixtures.DOS_FUNDING_OFFICER)
        .get("/api/v1/training/reports/summary")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theCheckHoldsOnlyUntilTheClearanceEndsWhenItEndsBeforeTheCertificate() {
    Fixtures.Certified c = Fixtures.certifiedSnmOfficer(COMPETENCY);
    long officer = c.officerId();
    String certificateExpiry = expiresOn(c.certificationId());
    assertEquals(TODAY.plusMonths(12).toString(), certificateExpiry);

    // Cleared past the certificate: the certificate's expiry.
    Fixtures.vet(officer, "CLEARED", TODAY.plusYears(2));
    check(officer, TODAY, Fixtures.SNM_CASE_OFFICER)
        .then()
        .statusCode(200)
        .body("certified", equalTo(true))
        .body("expiresOn", equalTo(certificateExpiry));

    // The clearance ends in ten days: an answer kept "until expiresOn" must not outlive it.
    LocalDate clearedUntil = TODAY.plusDays(10);
    Fixtures.vet(officer, "CLEARED", clearedUntil);
    for (LocalDate day : List.of(TODAY, clearedUntil)) {
      check(officer, day, Fixtures.SNM_CASE_OFFICER)
          .then()
          .statusCode(200)
          .header("Certification-Reason", nullValue())
          .body("certified", equalTo(true))
          .body("certificationId", equalTo((int) c.certificationId()))
          .body("expiresOn", equalTo(clearedUntil.toString()));
    }

    // The certificate itself still runs for its year.
    assertEquals(certificateExpiry, expiresOn(c.certificationId()));
    given()
        .header("Authorization", SNM_COORDINATOR)
        .get(path(c.certificationId()))
        .then()
        .statusCode(200)
        .body("expiresOn", equalTo(certificateExpiry));
  }

  @Test
  void aRevokedCertificationStaysListedButIsNotAmongThoseExpiring() {
    Fixtures.Certified standing = Fixtures.certifiedSnmOfficer(COMPETENCY, 1);
    Fixtures.Certified revoked = Fixtures.certifiedSnmOfficer(COMPETENCY, 1);
    revoke(
            revoked.certificationId(),
            DHS_COORDINATOR,
            "\"0\"",
            new CertificationRevocationRequest("Wrongly issued"))
        .then()
        .statusCode(200);
    // Both expire within 30 days; one is revoked.
    String within30Days = TODAY.plusDays(31).toString();
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from certification where expires_on < '"
                + within30Days
                + "' and revoked_at is not null and id = "
                + revoked.certificationId()));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from certification where expires_on < '"
                + within30Days
                + "' and revoked_at is null and id = "
                + standing.certificationId()));

    // Asked as the portal's dashboard asks, by the provider and by the officers' agency.
    for (String token : List.of(DHS_COORDINATOR, SNM_COORDINATOR)) {
      List<Long> expiring = listed(token, Map.of("expiringBefore", within30Days));
      assertTrue(expiring.contains(standing.certificationId()));
      assertFalse(expiring.contains(revoked.certificationId()));
    }

    // Listed otherwise, with its revocation: auditors keep the history.
    List<Long> all = listed(DHS_AUDITOR, Map.of("competency", COMPETENCY));
    assertTrue(all.contains(standing.certificationId()));
    assertTrue(all.contains(revoked.certificationId()));
    given()
        .header("Authorization", DHS_AUDITOR)
        .queryParam("officerId", revoked.officerId())
        .get("/api/v1/training/certifications")
        .then()
        .statusCode(200)
        .body("items.id", contains((int) revoked.certificationId()))
        .body("items[0].revocation.reason", equalTo("Wrongly issued"));
    given()
        .header("Authorization", DHS_AUDITOR)
        .queryParam("officerId", standing.officerId())
        .get("/api/v1/training/certifications")
        .then()
        .statusCode(200)
        .body("items.id", contains((int) standing.certificationId()))
        .body("items[0].revocation", nullValue());
  }

  @Test
  void aRevokedCertificationTrainedNoOfficerInTheSummary() {
    String competency = "DOCUMENT_EXAMINATION";
    Fixtures.Certified kept = Fixtures.certifiedSnmOfficer(competency);
    Fixtures.Certified revoked = Fixtures.certifiedSnmOfficer(competency);
    for (Fixtures.Certified c : List.of(kept, revoked)) {
      Fixtures.moveSession(
          Long.parseLong(
              Fixtures.text(
                  "select e.session_id from enrollment e join certification c"
                      + " on c.enrollment_id = e.id where c.id = "
                      + c.certificationId())),
          "COMPLETED");
    }
    String trained =
        "trainedOfficers.find { it.agency == 'PA-SNM' && it.competency == '"
            + competency
            + "' }.officers";
    String certified = "costs.find { it.competency == '" + competency + "' }.officersCertified";
    JsonPath before = summary();

    revoke(
            revoked.certificationId(),
            DHS_COORDINATOR,
            "\"0\"",
            new CertificationRevocationRequest("Wrongly issued"))
        .then()
        .statusCode(200);
    JsonPath after = summary();
    assertEquals(before.getLong(trained) - 1, after.getLong(trained));
    assertEquals(before.getLong(certified) - 1, after.getLong(certified));

    // What the summary counts is what stands in the database, revoked certifications left out.
    String standing =
        "select count(distinct officer_id) from certification c where c.agency = 'PA-SNM'"
            + " and c.competency = '"
            + competency
            + "'";
    assertEquals(Fixtures.count(standing + " and c.revoked_at is null"), after.getLong(trained));
    assertTrue(Fixtures.count(standing) > after.getLong(trained));
    assertEquals(
        Fixtures.count(
            "select count(distinct c.officer_id) from certification c"
                + " join enrollment e on e.id = c.enrollment_id"
                + " join training_session s on s.id = e.session_id"
                + " where s.status = 'COMPLETED' and c.revoked_at is null and c.competency = '"
                + competency
                + "'"),
        after.getLong(certified));
  }

  @Test
  void aRevokedCertificationIsNoLongerCertifiedAndShowsWhoRevokedItWhenAndWhy() {
    Fixtures.Certified c = Fixtures.certifiedSnmOfficer(COMPETENCY);
    certified(c.officerId(), TODAY, c.certificationId());
    given()
        .header("Authorization", SNM_COORDINATOR)
        .get(path(c.certificationId()))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("revocation", nullValue());

    revoke(
            c.certificationId(),
            DHS_COORDINATOR,
            "\"0\"",
            new CertificationRevocationRequest("  Assessment found to be compromised  "))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("revocation.revokedBy", equalTo("dhs-coordinator"))
        .body("revocation.reason", equalTo("Assessment found to be compromised"))
        .body("revocation.revokedAt", notNullValue());

    // On every day the certificate covered, for every caller.
    notCertified(c.officerId(), TODAY, "REVOKED", Fixtures.SNM_CASE_OFFICER);
    notCertified(c.officerId(), TODAY, "REVOKED", DHS_COORDINATOR);
    notCertified(c.officerId(), TODAY.plusMonths(6), "REVOKED", Fixtures.SNM_CASE_OFFICER);
    given()
        .header("Authorization", SNM_COORDINATOR)
        .queryParam("officerId", c.officerId())
        .get("/api/v1/training/certifications")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo((int) c.certificationId()))
        .body("items[0].revocation.reason", equalTo("Assessment found to be compromised"));

    // Audited: the revision names the coordinator.
    assertEquals(
        "dhs-coordinator",
        Fixtures.text(
            "select r.username from certification_aud a join audit_revision r on r.id = a.rev"
                + " where a.id = "
                + c.certificationId()
                + " and a.revoked_by is not null"));
  }

  @Test
  void revocationIsRefusedWithoutChangingAnything() {
    Fixtures.Certified c = Fixtures.certifiedSnmOfficer(COMPETENCY);
    long id = c.certificationId();
    String before = row(id);
    CertificationRevocationRequest body = new CertificationRevocationRequest("Wrongly issued");

    // Only the provider's coordinator: the partner's coordinator, or a provider's case officer.
    revoke(id, SNM_COORDINATOR, "\"0\"", body)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    revoke(id, Fixtures.SNM_CASE_OFFICER, "\"0\"", body).then().statusCode(403);
    // An agency that may not see the officer finds nothing.
    given().header("Authorization", Fixtures.DOS_COORDINATOR).get(path(id)).then().statusCode(404);
    revoke(Long.MAX_VALUE / 2, DHS_COORDINATOR, "\"0\"", body).then().statusCode(404);
    revoke(id, DHS_COORDINATOR, null, body).then().statusCode(428);
    revoke(id, DHS_COORDINATOR, "\"7\"", body).then().statusCode(412);
    revoke(id, DHS_COORDINATOR, "\"0\"", new CertificationRevocationRequest("   "))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    revoke(id, DHS_COORDINATOR, "\"0\"", new CertificationRevocationRequest("r".repeat(501)))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    revoke(
            id,
            DHS_COORDINATOR,
            "\"0\"",
            // A map, not the request record: the point is to send a field it does not have.
            Map.of("reason", "ok", "revokedBy", "someone-else"))
        .then()
        .statusCode(400);
    assertEquals(before, row(id));
    certified(c.officerId(), TODAY, id);

    // Revoked once; a second revocation is refused and the first stands as it was.
    revoke(id, DHS_COORDINATOR, "\"0\"", body).then().statusCode(200);
    String revoked = row(id);
    revoke(id, DHS_COORDINATOR, "\"1\"", new CertificationRevocationRequest("Another reason"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertEquals(revoked, row(id));
  }

  @Test
  void aCertificationFollowsItsHoldersVetting() {
    Fixtures.Certified c = Fixtures.certifiedSnmOfficer(COMPETENCY);
    long officer = c.officerId();
    certified(officer, TODAY, c.certificationId());

    Fixtures.vet(officer, "DENIED", null);
    notCertified(officer, TODAY, "VETTING_NOT_CLEARED", Fixtures.SNM_CASE_OFFICER);
    Fixtures.vet(officer, "PENDING", null);
    notCertified(officer, TODAY, "VETTING_NOT_CLEARED", Fixtures.SNM_CASE_OFFICER);

    // Cleared again, for ten days: certified through the clearance's last day, not after it,
    // though the certificate itself runs for a year.
    Fixtures.vet(officer, "CLEARED", TODAY.plusDays(10));
    certified(officer, TODAY, c.certificationId());
    certified(officer, TODAY.plusDays(10), c.certificationId());
    notCertified(officer, TODAY.plusDays(11), "VETTING_EXPIRED", Fixtures.SNM_CASE_OFFICER);

    // No certification on the day is the first reason; an agency that may not see the officer
    // learns nothing more, not even their vetting.
    notCertified(officer, TODAY.minusDays(1), "NOT_CERTIFIED", Fixtures.SNM_CASE_OFFICER);
    notCertified(officer, TODAY, "NOT_CERTIFIED", Fixtures.DOS_COORDINATOR);
  }

  @Test
  void aRevokedCertificationNoLongerMeetsAPrerequisite() {
    Fixtures.Certified c = Fixtures.certifiedSnmOfficer("INTERVIEWING");
    long advanced = Fixtures.course("PROTECTION_SCREENING", 24, List.of("INTERVIEWING"));
    long session = Fixtures.openSession(advanced, 5);
    revoke(
            c.certificationId(),
            DHS_COORDINATOR,
            "\"0\"",
            new CertificationRevocationRequest("Wrongly issued"))
        .then()
        .statusCode(200);
    long before = Fixtures.count("select count(*) from enrollment where session_id = " + session);
    Fixtures.nominate(session, c.officerId(), SNM_COORDINATOR)
        .then()
        .statusCode(409)
        .body("reasons[0]", equalTo("Prerequisite not held: a valid INTERVIEWING certification"));
    assertEquals(
        before, Fixtures.count("select count(*) from enrollment where session_id = " + session));
  }
}
