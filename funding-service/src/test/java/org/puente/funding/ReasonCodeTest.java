package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A de-obligation's reason is a code: it enters the ledger and the IATI export, where words someone
 * typed (a cancellation reason naming a person) must never go. Anything else is 400.
 */
@QuarkusTest
class ReasonCodeTest {

  /** A map: these tests send reasons that are not codes (free text, none). */
  private static Response deobligate(long obligation, Object reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("amount", Fixtures.money("100.00"));
    if (reason != null) {
      body.put("reason", reason);
    }
    return given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", Fixtures.etag("/api/v1/funding/obligations/" + obligation, DOS_FUNDING))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/funding/obligations/" + obligation + "/deobligation");
  }

  private static void assertNotDeobligated(long obligation) {
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from obligation where id = " + obligation + " and deobligated = 0"));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from ledger_entry where obligation_id = "
                + obligation
                + " and type = 'DEOBLIGATION'"));
  }

  @Test
  void freeTextForAReasonIs400AndNothingChanges() {
    long obligation = Fixtures.obligation(Fixtures.line("1000.00"), "500.00");
    deobligate(obligation, "Cancelled: passenger Juan Perez absconded")
        .then()
        .statusCode(400)
        .body("status", equalTo(400));
    assertNotDeobligated(obligation);
  }

  @Test
  void noReasonIs400AndNothingChanges() {
    long obligation = Fixtures.obligation(Fixtures.line("1000.00"), "500.00");
    deobligate(obligation, null)
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:puente:problem:validation"));
    assertNotDeobligated(obligation);
  }

  @Test
  void theLedgerAndTheIatiExportCarryOnlyTheCode() {
    long line = Fixtures.line("1000.00");
    long obligation = Fixtures.obligation(line, "500.00");
    deobligate(obligation, "SESSION_CANCELLED").then().statusCode(200);
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from ledger_entry where obligation_id = "
                + obligation
                + " and type = 'DEOBLIGATION' and description = 'SESSION_CANCELLED'"));
    long agreement =
        given()
            .header("Authorization", DOS_FUNDING)
            .get("/api/v1/funding/budget-lines/" + line)
            .then()
            .extract()
            .jsonPath()
            .getLong("agreementId");
    String iati =
        given()
            .header("Authorization", DOS_FUNDING)
            .get("/api/v1/funding/agreements/" + agreement + "/iati")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(iati.contains("SESSION_CANCELLED"), iati);
    assertFalse(iati.contains("cancelled:"), iati);
  }
}
