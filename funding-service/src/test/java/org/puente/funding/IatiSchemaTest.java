package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.funding.Fixtures.DOS_CERTIFIER;
import static org.puente.funding.Fixtures.DOS_FUNDING;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.puente.funding.api.DeliveredOutput;
import org.puente.funding.api.DeobligationReason;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.PaymentKind;
import org.puente.funding.api.ReversalKind;
import org.puente.funding.api.ReversalReason;
import org.puente.funding.api.ReversalRequest;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * The IATI export is a complete IATI 2.03 activity: it validates against the official activity
 * schema (src/test/resources/iati/2.03, read offline), and carries what a publisher to the IATI
 * Registry needs, results included.
 */
@QuarkusTest
class IatiSchemaTest {

  private static Schema schema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // Only the schema files next to each other on the class path; nothing from the network.
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    URL xsd = IatiSchemaTest.class.getResource("/iati/2.03/iati-activities-schema.xsd");
    return factory.newSchema(xsd);
  }

  private static void validate(byte[] xml) throws Exception {
    Validator validator = schema().newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static long pay(long obligation, String amount, DeliveredOutput output) {
    long id =
        given()
            .header("Authorization", DOS_FUNDING)
            .contentType(ContentType.JSON)
            .body(
                Fixtures.json(
                    new DisbursementRequest(
                        obligation,
                        PaymentKind.EXPENDITURE,
                        Fixtures.money(amount),
                        "Actual cost",
                        output)))
            .post("/api/v1/funding/disbursements")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"0\"")
        .post("/api/v1/funding/disbursements/" + id + "/approval")
        .then()
        .statusCode(200);
    return id;
  }

  private static long obligation(long line, String amount, String reference) {
    return Fixtures.obligate(line, amount, reference)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** An agreement over more than a year, with removals and training paid from actuals. */
  private static long seeded() {
    long agreement =
        Fixtures.agreement(
            LocalDate.now().minusDays(30), LocalDate.now().plusMonths(18), "6000000.00");
    long charter = Fixtures.line(agreement, "CHARTER_FLIGHTS", "4000000.00");
    long training = Fixtures.line(agreement, "TRAINING", "500000.00");
    long flight = obligation(charter, "90000.00", "removal-operation:" + UUID.randomUUID());
    long session = obligation(training, "15000.00", "training-session:" + UUID.randomUUID());
    given()
        .header("Authorization", DOS_FUNDING)
        .header("If-Match", Fixtures.etag("/api/v1/funding/obligations/" + flight, DOS_FUNDING))
        .contentType(ContentType.JSON)
        .body(
            Fixtures.json(
                new DeobligationRequest(Fixtures.money("750.00"), DeobligationReason.COST_CHANGED)))
        .post("/api/v1/funding/obligations/" + flight + "/deobligation")
        .then()
        .statusCode(200);
    pay(flight, "84250.00", new DeliveredOutput(37, OutputUnit.PEOPLE_REMOVED));
    pay(session, "12500.00", new DeliveredOutput(7, OutputUnit.OFFICERS_CERTIFIED));
    long fuel = pay(flight, "500.00", null);
    long reversal =
        given()
            .header("Authorization", DOS_FUNDING)
            .contentType(ContentType.JSON)
            .body(
                Fixtures.json(
                    new ReversalRequest(
                        fuel,
                        ReversalKind.REFUND,
                        ReversalReason.OVERPAYMENT,
                        "Fuel surcharge refunded",
                        Fixtures.money("200.00"))))
            .post("/api/v1/funding/disbursement-reversals")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("Authorization", DOS_CERTIFIER)
        .header("If-Match", "\"0\"")
        .post("/api/v1/funding/disbursement-reversals/" + reversal + "/approval")
        .then()
        .statusCode(200);
    return agreement;
  }

  private static byte[] export(long agreement) {
    return given()
        .header("Authorization", Fixtures.DOS_AUDITOR)
        .get("/api/v1/funding/agreements/" + agreement + "/iati")
        .then()
        .statusCode(200)
        .contentType("application/xml")
        .extract()
        .asByteArray();
  }

  private static List<String> all(Document doc, String xpath) throws Exception {
    XPath x = XPathFactory.newInstance().newXPath();
    NodeList nodes = (NodeList) x.evaluate(xpath, doc, XPathConstants.NODESET);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  private static String one(Document doc, String xpath) throws Exception {
    List<String> found = all(doc, xpath);
    assertEquals(1, found.size(), xpath + " " + found);
    return found.get(0);
  }

  @Test
  void theExportIsAValidIati203ActivityWithResults() throws Exception {
    long agreement = seeded();
    byte[] xml = export(agreement);
    validate(xml);

    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml));
    assertEquals("2.03", one(doc, "/iati-activities/@version"));
    assertFalse(one(doc, "/iati-activities/@generated-datetime").isBlank());
    assertEquals("10", one(doc, "//reporting-org/@type"));
    assertFalse(one(doc, "//iati-activity/description[@type='1']/narrative").isBlank());
    assertEquals(List.of("1", "2", "3", "4", "4"), all(doc, "//participating-org/@role"), "roles");
    assertEquals(
        "U.S. Department of Homeland Security",
        one(doc, "//participating-org[@role='4'][3 - 1]/narrative"));
    assertEquals("2", one(doc, "//activity-status/@code"));
    assertEquals(List.of("1", "2", "3"), all(doc, "//activity-date/@type"));
    assertEquals("15190", one(doc, "//sector[@vocabulary='1']/@code"));
    // Budgets per period of at most a year, adding up to the ceiling.
    List<String> budgets = all(doc, "//budget/value");
    assertEquals(2, budgets.size(), budgets.toString());
    assertEquals(
        new BigDecimal("6000000.00"),
        budgets.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add));
    // Commitments (2, the de-obligation negative), expenditures (4, the refund negative).
    assertEquals(
        List.of("2", "2", "2", "4", "4", "4", "4"),
        all(doc, "//transaction/transaction-type/@code").stream().sorted().toList());
    assertTrue(all(doc, "//transaction/value").contains("-750.00"));
    assertTrue(all(doc, "//transaction/value").contains("-200.00"));

    // Results: outputs, with cost per unit = actual cost / output (HALF_UP, to the cent).
    String month = YearMonth.now(java.time.ZoneOffset.UTC).atDay(1).toString();
    assertEquals(List.of("1", "1"), all(doc, "//result/@type"));
    assertEquals(
        "37",
        one(
            doc,
            "//indicator[title/narrative='People removed']/period[period-start/@iso-date='"
                + month
                + "']/actual/@value"));
    assertEquals("0", one(doc, "//indicator[title/narrative='People removed']/baseline/@value"));
    assertEquals(
        "2277.03",
        one(
            doc,
            "//indicator[starts-with(title/narrative,'Cost per person removed')]"
                + "/period/actual/@value"));
    assertEquals(
        "7", one(doc, "//indicator[title/narrative='Officers certified']/period/actual/@value"));
    assertEquals(
        "1785.71",
        one(
            doc,
            "//indicator[starts-with(title/narrative,'Cost per certified officer')]"
                + "/period/actual/@value"));
    assertEquals(List.of("1", "1", "1", "1"), all(doc, "//indicator/@measure"));
  }

  @Test
  void theSchemaRefusesAnActivityWithoutItsRequiredParts() throws Exception {
    byte[] bad =
        ("<iati-activities version=\"2.03\"><iati-activity>"
                + "<iati-identifier>US-USAGOV-X</iati-identifier>"
                + "</iati-activity></iati-activities>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try {
      validate(bad);
    } catch (SAXParseException expected) {
      assertTrue(expected.getMessage().contains("reporting-org"), expected.getMessage());
      return;
    }
    throw new AssertionError("an activity without reporting-org passed the schema");
  }
}
