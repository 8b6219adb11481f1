package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.puente.funding.api.DeobligationReason;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.PaymentKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class ReportTest {

  /** An agreement with a commitment, a de-obligation, an expenditure and a disbursement. */
  private record Seeded(long agreement, String reference, long line) {}

  private Seeded seeded() {
    long agreement = Fixtures.agreement("6000000.00");
    String reference =
        given()
            .header("Authorization", DOS_FUNDING)
            .get("/api/v1/funding/agreements/" + agreement)
            .jsonPath()
            .getString("reference");
    long line = Fixtures.line(agreement, "CHARTER_FLIGHTS", "4500000.00");
    long obligation = Fixtures.obligation(line, "1000.00");
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", Fixtures.etag("/api/v1/funding/obligations/" + obligation, DOS_FUNDING))
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new DeobligationRequest(Fixtures.money("200.00"), DeobligationReason.COST_CHANGED)))
        .post("/api/v1/funding/obligations/" + obligation + "/deobligation")
        .then()
        .statusCode(200);
    long expenditure =
        Fixtures.requestPayment(DOS_FUNDING, obligation, "300.00").jsonPath().getLong("id");
    long disbursement =
        given()
            .header("Authorization", DOS_FUNDING)
            .contentType(ContentType.JSON)
            .body(
                Fixtures.json(
                    new DisbursementRequest(
                        obligation, PaymentKind.DISBURSEMENT, Fixtures.money("100.00"), "Advance")))
            .post("/api/v1/funding/disbursements")
            .jsonPath()
            .getLong("id");
    for (long id : List.of(expenditure, disbursement)) {
      given()
          .header("Authorization", Fixtures.DOS_CERTIFIER)
          .header("If-Match", "\"0\"")
          .post("/api/v1/funding/disbursements/" + id + "/approval")
          .then()
          .statusCode(200);
    }
    Fixtures.requestPayment(DOS_FUNDING, obligation, "50.00").then().statusCode(201);
    return new Seeded(agreement, reference, line);
  }

  @Test
  void iatiExportHasTheIdentifierBudgetAndTypedTransactions() throws Exception {
    Seeded s = seeded();
    byte[] xml =
        given()
            .header("Authorization", Fixtures.DOS_AUDITOR)
            .get("/api/v1/funding/agreements/" + s.agreement() + "/iati")
            .then()
            .statusCode(200)
            .contentType("application/xml")
            .extract()
            .asByteArray();
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml));
    Element root = doc.getDocumentElement();
    assertEquals("iati-activities", root.getTagName());
    assertEquals("2.03", root.getAttribute("version"));
    assertEquals("US-USAGOV-" + s.reference(), text(doc, "iati-identifier").get(0));
    assertEquals(
        "US-USAGOV",
        ((Element) doc.getElementsByTagName("reporting-org").item(0)).getAttribute("ref"));
    // Budgets per period of at most a year (the agreement runs 13 months), adding up to the
    // ceiling.
    NodeList budgets = doc.getElementsByTagName("budget");
    java.math.BigDecimal budgeted = java.math.BigDecimal.ZERO;
    for (int i = 0; i < budgets.getLength(); i++) {
      budgeted =
          budgeted.add(
              new java.math.BigDecimal(
                  ((Element) budgets.item(i))
                      .getElementsByTagName("value")
                      .item(0)
                      .getTextContent()));
    }
    assertEquals(new java.math.BigDecimal("6000000.00"), budgeted);
    NodeList transactions = doc.getElementsByTagName("transaction");
    List<String> types = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < transactions.getLength(); i++) {
      Element t = (Element) transactions.item(i);
      types.add(
          ((Element) t.getElementsByTagName("transaction-type").item(0)).getAttribute("code"));
      values.add(t.getElementsByTagName("value").item(0).getTextContent());
    }
    assertEquals(
        List.of("2", "2", "4", "3"), types, "commitment, de-obligation, expenditure, disbursement");
    assertEquals(List.of("1000.00", "-200.00", "300.00", "100.00"), values);
    assertEquals(
        "PA",
        ((Element) doc.getElementsByTagName("recipient-country").item(0)).getAttribute("code"));
  }

  @Test
  void executionReportPerLineAsJsonAndCsv() {
    Seeded s = seeded();
    given()
        .header("Authorization", Fixtures.SNM_FUNDING)
        .queryParam("agreementId", s.agreement())
        .get("/api/v1/funding/reports/execution")
        .then()
        .statusCode(200)
        .body("lines[0].allotted.amount", equalTo("4500000.00"))
        .body("lines[0].obligated.amount", equalTo("800.00"))
        .body("lines[0].pending.amount", equalTo("50.00"))
        .body("lines[0].expended.amount", equalTo("300.00"))
        .body("lines[0].disbursed.amount", equalTo("100.00"))
        .body("lines[0].available.amount", equalTo("4499200.00"))
        .body("total.obligated.amount", equalTo("800.00"));
    String csv =
        given()
            .header("Authorization", Fixtures.SNM_FUNDING)
            .accept("text/csv")
            .queryParam("agreementId", s.agreement())
            .get("/api/v1/funding/reports/execution")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    String[] rows = csv.split("\r\n");
    assertEquals(
        "budget_line_id,category,currency,allotted,obligated,pending,disbursed,expended,available",
        rows[0]);
    assertEquals(
        s.line() + ",CHARTER_FLIGHTS,USD,4500000.00,800.00,50.00,100.00,300.00,4499200.00",
        rows[1]);
    assertEquals(",TOTAL,USD,4500000.00,800.00,50.00,100.00,300.00,4499200.00", rows[2]);
  }

  private static List<String> text(Document doc, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }
}
