package org.puente.funding.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.puente.common.security.Agency;
import org.puente.funding.FundingConfig;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.ledger.LedgerEntry;

/**
 * Writes an agreement as an IATI activity (IATI Standard 2.03): the agreement's ceiling as its
 * budget and every ledger entry as a transaction typed commitment (2, de-obligations negative),
 * disbursement (3) or expenditure (4). The identifier is the reporting organisation's IATI
 * identifier, a hyphen, and the agreement's reference.
 */
@ApplicationScoped
public class IatiExport {

  static final String VERSION = "2.03";

  private final String reportingOrgRef;

  IatiExport(FundingConfig config) {
    this.reportingOrgRef = config.iati().reportingOrgRef();
  }

  public String identifier(Agreement a) {
    return reportingOrgRef + "-" + a.reference;
  }

  public void write(Agreement a, List<LedgerEntry> entries, OutputStream out)
      throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Agency donor = Agency.fromCode(a.donorAgency).orElseThrow();
    Agency recipient = Agency.fromCode(a.recipientAgency).orElseThrow();
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("iati-activities");
    x.writeAttribute("version", VERSION);
    x.writeAttribute("generated-datetime", now);
    x.writeStartElement("iati-activity");
    x.writeAttribute("last-updated-datetime", now);
    x.writeAttribute("xml:lang", "en");
    x.writeAttribute("default-currency", a.currency);
    text(x, "iati-identifier", identifier(a));
    x.writeStartElement("reporting-org");
    x.writeAttribute("ref", reportingOrgRef);
    x.writeAttribute("type", "10");
    narrative(x, donor.officialName());
    x.writeEndElement();
    x.writeStartElement("title");
    narrative(x, a.title);
    x.writeEndElement();
    participant(x, "1", donor);
    participant(x, "4", recipient);
    empty(x, "activity-status", "code", a.status == AgreementStatus.ACTIVE ? "2" : "3");
    date(x, "activity-date", "1", a.periodStart.toString());
    date(x, "activity-date", "3", a.periodEnd.toString());
    x.writeEmptyElement("recipient-country");
    x.writeAttribute("code", recipient.country());
    x.writeAttribute("percentage", "100");
    x.writeStartElement("budget");
    x.writeAttribute("type", "1");
    x.writeAttribute("status", "2");
    empty(x, "period-start", "iso-date", a.periodStart.toString());
    empty(x, "period-end", "iso-date", a.periodEnd.toString());
    value(x, a.currency, a.periodStart.toString(), a.ceiling.toPlainString());
    x.writeEndElement();
    for (LedgerEntry e : entries) {
      x.writeStartElement("transaction");
      x.writeAttribute("ref", "ledger-" + e.id);
      empty(x, "transaction-type", "code", e.type.iatiCode());
      empty(x, "transaction-date", "iso-date", e.entryDate.toString());
      value(x, e.currency, e.entryDate.toString(), e.amount.toPlainString());
      if (e.description != null) {
        x.writeStartElement("description");
        narrative(x, e.description);
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
    x.close();
  }

  private static void participant(XMLStreamWriter x, String role, Agency agency)
      throws XMLStreamException {
    x.writeStartElement("participating-org");
    x.writeAttribute("role", role);
    x.writeAttribute("type", "10");
    narrative(x, agency.officialName());
    x.writeEndElement();
  }

  private static void value(XMLStreamWriter x, String currency, String date, String amount)
      throws XMLStreamException {
    x.writeStartElement("value");
    x.writeAttribute("currency", currency);
    x.writeAttribute("value-date", date);
    x.writeCharacters(amount);
    x.writeEndElement();
  }

  private static void date(XMLStreamWriter x, String element, String type, String isoDate)
      throws XMLStreamException {
    x.writeEmptyElement(element);
    x.writeAttribute("type", type);
    x.writeAttribute("iso-date", isoDate);
  }

  private static void empty(XMLStreamWriter x, String element, String attribute, String value)
      throws XMLStreamException {
    x.writeEmptyElement(element);
    x.writeAttribute(attribute, value);
  }

  private static void text(XMLStreamWriter x, String element, String value)
      throws XMLStreamException {
    x.writeStartElement(element);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void narrative(XMLStreamWriter x, String value) throws XMLStreamException {
    text(x, "narrative", value);
  }
}
