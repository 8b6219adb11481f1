package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.training.Fixtures.DHS_COORDINATOR;
import static org.puente.training.Fixtures.SNM_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A certification follows its holder's vetting and can be revoked; the check other services ask
 * says no, with the reason, as soon as either happens.
 */
@QuarkusTest
class CertificationTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
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
    var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
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

  private static String expiresOn(long certification) {
    return Fixtures.text("select expires_on::text from certification where id = " + certification);
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
            Map.of("reason", "  Assessment found to be compromised  "))
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
    Map<String, String> body = Map.of("reason", "Wrongly issued");

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
    revoke(id, DHS_COORDINATOR, "\"0\"", Map.of("reason", "   "))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    revoke(id, DHS_COORDINATOR, "\"0\"", Map.of("reason", "r".repeat(501)))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    revoke(id, DHS_COORDINATOR, "\"0\"", Map.of("reason", "ok", "revokedBy", "someone-else"))
        .then()
        .statusCode(400);
    assertEquals(before, row(id));
    certified(c.officerId(), TODAY, id);

    // Revoked once; a second revocation is refused and the first stands as it was.
    revoke(id, DHS_COORDINATOR, "\"0\"", body).then().statusCode(200);
    String revoked = row(id);
    revoke(id, DHS_COORDINATOR, "\"1\"", Map.of("reason", "Another reason"))
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
    revoke(c.certificationId(), DHS_COORDINATOR, "\"0\"", Map.of("reason", "Wrongly issued"))
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
