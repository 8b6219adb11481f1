package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.funding.Fixtures.DOS_CERTIFIER;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.funding.api.ReversalKind;
import org.puente.funding.api.ReversalReason;
import org.puente.funding.api.ReversalRequest;

/**
 * The certifying officers' queue of reversals: the payments with a reversal awaiting a decision,
 * none other; a status that does not read is a 400 problem.
 */
@QuarkusTest
class ReversalQueueTest {

  /** The ids of every payment the list answers, page after page. */
  private static Set<Long> payments(String query) {
    Set<Long> ids = new HashSet<>();
    String cursor = null;
    do {
      JsonPath page =
          given()
              .header("Authorization", DOS_CERTIFIER)
              .get(
                  "/api/v1/funding/disbursements?limit=200&"
                      + query
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Number> items = page.getList("items.id");
      items.forEach(id -> ids.add(id.longValue()));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return ids;
  }

  /** An approved payment of 1,000.00; answers its id. */
  private static long paid() {
    long obligation = Fixtures.obligation(Fixtures.line("10000.00"), "5000.00");
    long payment =
        Fixtures.requestPayment(DOS_FUNDING, obligation, "1000.00")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"0\"")
        .post("/api/v1/funding/disbursements/" + payment + "/approval")
        .then()
        .statusCode(200);
    return payment;
  }

  @Test
  void paymentsWithAReversalAwaitingADecisionAreTheQueue() {
    long reversed = paid();
    given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new ReversalRequest(
                    reversed,
                    ReversalKind.REFUND,
                    ReversalReason.DUPLICATE_PAYMENT,
                    "Invoice 2024-081 paid twice",
                    Fixtures.money("1000.00"))))
        .post("/api/v1/funding/disbursement-reversals")
        .then()
        .statusCode(201);
    long untouched = paid();

    Set<Long> queue = payments("reversalStatus=REQUESTED");

    assertTrue(queue.contains(reversed));
    assertFalse(queue.contains(untouched), "no reversal asked");
    assertFalse(payments("reversalStatus=APPROVED").contains(reversed), "not decided yet");
  }

  @Test
  void aStatusThatDoesNotReadIsAProblemNamingTheParameter() {
    given()
        .header("Authorization", DOS_CERTIFIER)
        .get("/api/v1/funding/disbursements?reversalStatus=WAITING")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("reversalStatus"));
  }
}
