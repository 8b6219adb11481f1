package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.funding.Fixtures.DOS_BOTH;
import static org.puente.funding.Fixtures.DOS_CERTIFIER;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.funding.api.PaymentDecisionRequest;
import org.puente.funding.api.ReversalKind;
import org.puente.funding.api.ReversalReason;
import org.puente.funding.api.ReversalRequest;

/**
 * An approved payment is reversed (refund or recovery) with four eyes, once, never for more than
 * was paid: the ledger gets a negative payment and the balances move back.
 */
@QuarkusTest
class ReversalTest {

  private static final String PATH = "/api/v1/funding/disbursement-reversals";

  private record Paid(long line, long obligation, long payment) {}

  /** A payment of 1,200.00 on an obligation of 5,000.00, approved by a second person. */
  private static Paid paid() {
    long line = Fixtures.line("10000.00");
    long obligation = Fixtures.obligation(line, "5000.00");
    long payment =
        Fixtures.requestPayment(DOS_FUNDING, obligation, "1200.00")
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
    return new Paid(line, obligation, payment);
  }

  private static Response ask(String token, long payment, String amount, ReversalReason code) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new ReversalRequest(
                    payment,
                    ReversalKind.REFUND,
                    code,
                    "Invoice 2024-081 paid twice to Aerolineas Ejemplo",
                    Fixtures.money(amount))))
        .post(PATH);
  }

  /** A map: the code is not one of ReversalReason's, which the record cannot hold. */
  private static Response askWithCode(String token, long payment, String amount, String code) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "disbursementId",
                payment,
                "kind",
                "REFUND",
                "reasonCode",
                code,
                "reason",
                "Invoice 2024-081 paid twice to Aerolineas Ejemplo",
                "amount",
                Fixtures.money(amount)))
        .post(PATH);
  }

  private static long asked(String token, long payment, String amount) {
    return ask(token, payment, amount, ReversalReason.DUPLICATE_PAYMENT)
        .then()
        .statusCode(201)
        .body("status", equalTo("REQUESTED"))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static Response approve(String token, long reversal) {
    return given()
        .header("Authorization", token)
        .header("If-Match", "\"0\"")
        .post(PATH + "/" + reversal + "/approval");
  }

  private static long reversals(long payment) {
    return Fixtures.count(
        "select count(*) from disbursement_reversal where disbursement_id = " + payment);
  }

  private static long reversingEntries(long obligation) {
    return Fixtures.count(
        "select count(*) from ledger_entry where obligation_id = "
            + obligation
            + " and reversal_id is not null");
  }

  private static BigDecimal disbursed(long obligation) {
    return Fixtures.amount("select disbursed from obligation where id = " + obligation);
  }

  @Test
  void aSecondCertifierApprovesAndTheLedgerGetsANegativePayment() {
    Paid p = paid();
    long reversal = asked(DOS_FUNDING, p.payment(), "1200.00");
    // Nothing moves before the second person decides.
    assertEquals(new BigDecimal("1200.00"), disbursed(p.obligation()));
    assertEquals(0, reversingEntries(p.obligation()));
    approve(DOS_CERTIFIER, reversal)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("decidedBy", equalTo("dos-certifier"));
    assertEquals(new BigDecimal("0.00"), disbursed(p.obligation()));
    assertEquals(
        new BigDecimal("0.00"),
        Fixtures.amount("select disbursed from budget_line where id = " + p.line()));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from ledger_entry where reversal_id = "
                + reversal
                + " and type = 'EXPENDITURE' and amount = -1200.00"
                + " and disbursement_id = "
                + p.payment()));
    // The obligation's remainder is back, to pay again or to de-obligate.
    given()
        .header("Authorization", DOS_FUNDING)
        .get("/api/v1/funding/obligations/" + p.obligation())
        .then()
        .body("disbursed.amount", equalTo("0.00"))
        .body("remainder.amount", equalTo("5000.00"));
  }

  @Test
  void theRequesterCannotApproveTheirOwnReversalAndNothingMoves() {
    Paid p = paid();
    long reversal = asked(DOS_BOTH, p.payment(), "200.00");
    approve(DOS_BOTH, reversal)
        .then()
        .statusCode(403)
        .body(
            "detail",
            equalTo(
                "The requester of a reversal cannot decide on it; another certifying officer"
                    + " must"));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from disbursement_reversal where id = "
                + reversal
                + " and status = 'REQUESTED' and decided_by is null"));
    assertEquals(new BigDecimal("1200.00"), disbursed(p.obligation()));
    assertEquals(0, reversingEntries(p.obligation()));
  }

  @Test
  void theDatabaseRefusesAReversalDecidedByItsRequester() {
    Paid p = paid();
    long reversal = asked(DOS_BOTH, p.payment(), "200.00");
    String message =
        Fixtures.refusedStatement(
            "update disbursement_reversal set status = 'APPROVED', decided_by = requested_by,"
                + " decided_at = now() where id = "
                + reversal);
    assertTrue(message.contains("disbursement_reversal_four_eyes"), message);
  }

  @Test
  void aPaymentIsReversedOnlyOnce() {
    Paid p = paid();
    approve(DOS_CERTIFIER, asked(DOS_FUNDING, p.payment(), "200.00")).then().statusCode(200);
    ask(DOS_FUNDING, p.payment(), "100.00", ReversalReason.OVERPAYMENT)
        .then()
        .statusCode(409)
        .body(
            "reasons[0]",
            equalTo("The payment is already reversed or awaiting a decision on its reversal"));
    assertEquals(1, reversals(p.payment()));
    assertEquals(1, reversingEntries(p.obligation()));
    assertEquals(new BigDecimal("1000.00"), disbursed(p.obligation()));
  }

  @Test
  void theDatabaseRefusesASecondReversalOfAPayment() {
    Paid p = paid();
    asked(DOS_FUNDING, p.payment(), "200.00");
    String message =
        Fixtures.refusedStatement(
            "insert into disbursement_reversal (id, disbursement_id, obligation_id, agreement_id,"
                + " kind, reason_code, amount, status, requested_by, requested_at, version)"
                + " select nextval('disbursement_reversal_seq'), id, obligation_id, agreement_id,"
                + " 'REFUND', 'OVERPAYMENT', 1.00, 'REQUESTED', 'someone', now(), 0"
                + " from disbursement where id = "
                + p.payment());
    assertTrue(message.contains("disbursement_reversal_once"), message);
  }

  @Test
  void aReversalAboveThePaymentIsRefusedAndNothingIsAsked() {
    Paid p = paid();
    ask(DOS_FUNDING, p.payment(), "1200.01", ReversalReason.OVERPAYMENT)
        .then()
        .statusCode(409)
        .body(
            "reasons[0]",
            equalTo("A reversal cannot exceed the payment: 1200.00 was paid, 1200.01 asked back"));
    assertEquals(0, reversals(p.payment()));
  }

  @Test
  void theDatabaseRefusesToReverseMoreThanWasPaid() {
    Paid p = paid();
    String message =
        Fixtures.refusedStatement(
            "update disbursement set reversed = amount + 0.01 where id = " + p.payment());
    assertTrue(message.contains("disbursement_reversed"), message);
  }

  @Test
  void aPaymentNotYetApprovedCannotBeReversed() {
    long obligation = Fixtures.obligation(Fixtures.line("10000.00"), "5000.00");
    long payment =
        Fixtures.requestPayment(DOS_FUNDING, obligation, "300.00")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    ask(DOS_FUNDING, payment, "300.00", ReversalReason.PAID_IN_ERROR)
        .then()
        .statusCode(409)
        .body("reasons[0]", equalTo("Only an approved payment can be reversed"));
    assertEquals(0, reversals(payment));
  }

  @Test
  void anUnknownReasonCodeIs400AndNothingIsAsked() {
    Paid p = paid();
    askWithCode(DOS_FUNDING, p.payment(), "100.00", "THE_PILOT_SAID_SO")
        .then()
        .statusCode(400)
        .body("status", equalTo(400));
    assertEquals(0, reversals(p.payment()));
  }

  @Test
  void theReasonInWordsStaysOffTheLedgerAndTheIatiExport() {
    Paid p = paid();
    long reversal = asked(DOS_FUNDING, p.payment(), "1200.00");
    approve(DOS_CERTIFIER, reversal).then().statusCode(200);
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from ledger_entry where reversal_id = "
                + reversal
                + " and description like '%DUPLICATE_PAYMENT' and description not like '%Ejemplo%'"));
    long agreement =
        Fixtures.count("select agreement_id from obligation where id = " + p.obligation());
    String iati =
        given()
            .header("Authorization", DOS_FUNDING)
            .get("/api/v1/funding/agreements/" + agreement + "/iati")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(iati.contains("-1200.00"), iati);
    assertFalse(iati.contains("Aerolineas Ejemplo"), iati);
    // The words are kept, with the reversal, for the parties.
    given()
        .header("Authorization", DOS_CERTIFIER)
        .get(PATH + "/" + reversal)
        .then()
        .statusCode(200)
        .body("reason", containsString("Aerolineas Ejemplo"))
        .body("reasonCode", equalTo("DUPLICATE_PAYMENT"));
  }

  @Test
  void aRejectedReversalMovesNothingAndAnotherMayBeAsked() {
    Paid p = paid();
    long reversal = asked(DOS_FUNDING, p.payment(), "1200.00");
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Fixtures.json(new PaymentDecisionRequest("The invoice was paid once")))
        .post(PATH + "/" + reversal + "/rejection")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    assertEquals(new BigDecimal("1200.00"), disbursed(p.obligation()));
    assertEquals(0, reversingEntries(p.obligation()));
    asked(DOS_FUNDING, p.payment(), "100.00");
  }

  @Test
  void onlyTheDonorsOfficersAskForAReversal() {
    Paid p = paid();
    ask(Fixtures.SNM_FUNDING, p.payment(), "100.00", ReversalReason.OVERPAYMENT)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:puente:problem:forbidden"));
    ask(Fixtures.DHS_FUNDING, p.payment(), "100.00", ReversalReason.OVERPAYMENT)
        .then()
        .statusCode(404);
    assertEquals(0, reversals(p.payment()));
  }

  @Test
  void theLedgerRefusesANegativePaymentThatReversesNothing() {
    Paid p = paid();
    String message =
        Fixtures.refusedStatement(
            "insert into ledger_entry (id, agreement_id, budget_line_id, obligation_id, type,"
                + " amount, currency, entry_date, recorded_by, recorded_at)"
                + " select nextval('ledger_entry_seq'), agreement_id, budget_line_id, id,"
                + " 'DISBURSEMENT', -5.00, 'USD', current_date, 'someone', now()"
                + " from obligation where id = "
                + p.obligation());
    assertTrue(message.contains("ledger_entry_sign"), message);
  }
}
