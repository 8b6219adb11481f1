package org.puente.funding.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.puente.common.security.Agency;
import org.puente.funding.FundingConfig;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.ledger.LedgerEntry;
import org.puente.funding.unitcosts.UnitCostService;

/**
 * Writes an agreement as an IATI activity (IATI Standard 2.03), complete as a publisher to the IATI
 * Registry needs it and valid against the official 2.03 activity schema:
 *
 * <ul>
 *   <li>identifier: the reporting organisation's IATI identifier, a hyphen, the agreement's
 *       reference; reporting-org with its ref and type (10, government);
 *   <li>title and a general description (type 1), both from the agreement, never from a person;
 *   <li>participating organisations by role: the donor funds (1) and extends (3); the recipient is
 *       accountable (2) and implements (4); US-DHS implements (4) too when the agreement pays for
 *       training;
 *   <li>activity status (2 implementation, 3 finalisation once closed) and dates: planned start and
 *       end (1, 3) from the period of availability, actual start (2) at the first ledger entry,
 *       actual end (4) at the last when closed;
 *   <li>recipient country, sector 15190 (DAC 5-digit, vocabulary 1: facilitation of orderly, safe,
 *       regular and responsible migration and mobility), bilateral, standard grant;
 *   <li>budgets per period of at most a year (original, committed): the ceiling shared by days, to
 *       the cent, the last period taking what rounding leaves so they add up to the ceiling;
 *   <li>every ledger entry as a transaction: commitment (2, de-obligations negative), disbursement
 *       (3), expenditure (4), reversals negative;
 *   <li>results (type 1, output) per unit of output bought: the count (people removed, officers
 *       certified; baseline 0 at the start) and its cost per unit (actual cost / output, scale 2,
 *       HALF_UP), per month of approved actual cost.
 * </ul>
 */
@ApplicationScoped
public class IatiExport {

  static final String VERSION = "2.03";

  /** DAC 5-digit purpose code: facilitation of orderly, safe, regular, responsible migration. */
  static final String SECTOR = "15190";

  private final String reportingOrgRef;

  IatiExport(FundingConfig config) {
    this.reportingOrgRef = config.iati().reportingOrgRef();
  }

  public String identifier(Agreement a) {
    return reportingOrgRef + "-" + a.reference;
  }

  /** What the activity holds besides the agreement and its ledger. */
  public record Extras(boolean trainingLine, List<UnitCostService.MonthlyOutput> outputs) {
    public static final Extras NONE = new Extras(false, List.of());
  }

  public void write(Agreement a, List<LedgerEntry> entries, OutputStream out)
      throws XMLStreamException {
    write(a, entries, Extras.NONE, out);
  }

  public void write(Agreement a, List<LedgerEntry> entries, Extras extras, OutputStream out)
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
    x.writeStartElement("description");
    x.writeAttribute("type", "1");
    narrative(x, description(a, donor, recipient));
    x.writeEndElement();
    participant(x, "1", donor);
    participant(x, "2", recipient);
    participant(x, "3", donor);
    participant(x, "4", recipient);
    if (extras.trainingLine() && recipient != Agency.US_DHS) {
      participant(x, "4", Agency.US_DHS);
    }
    empty(x, "activity-status", "code", a.status == AgreementStatus.ACTIVE ? "2" : "3");
    date(x, "activity-date", "1", a.periodStart.toString());
    entries.stream()
        .map(e -> e.entryDate)
        .min(LocalDate::compareTo)
        .ifPresent(d -> dateQuietly(x, "2", d));
    date(x, "activity-date", "3", a.periodEnd.toString());
    if (a.status != AgreementStatus.ACTIVE) {
      entries.stream()
          .map(e -> e.entryDate)
          .max(LocalDate::compareTo)
          .ifPresent(d -> dateQuietly(x, "4", d));
    }
    x.writeEmptyElement("recipient-country");
    x.writeAttribute("code", recipient.country());
    x.writeAttribute("percentage", "100");
    x.writeEmptyElement("sector");
    x.writeAttribute("vocabulary", "1");
    x.writeAttribute("code", SECTOR);
    x.writeAttribute("percentage", "100");
    empty(x, "collaboration-type", "code", "1");
    empty(x, "default-finance-type", "code", "110");
    for (BudgetPeriod p : budgetPeriods(a.periodStart, a.periodEnd, a.ceiling)) {
      x.writeStartElement("budget");
      x.writeAttribute("type", "1");
      x.writeAttribute("status", "2");
      empty(x, "period-start", "iso-date", p.start().toString());
      empty(x, "period-end", "iso-date", p.end().toString());
      value(x, a.currency, p.start().toString(), p.amount().toPlainString());
      x.writeEndElement();
    }
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
    results(x, a, extras.outputs());
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
    x.close();
  }

  /** A budget period of at most a year and its share of the ceiling. */
  record BudgetPeriod(LocalDate start, LocalDate end, BigDecimal amount) {}

  /**
   * The period of availability cut into periods of at most a year (IATI: a budget period must not
   * be longer), each with the ceiling's share by days, to the cent (HALF_UP); the last takes what
   * rounding leaves, so the budgets add up to the ceiling exactly.
   */
  static List<BudgetPeriod> budgetPeriods(LocalDate start, LocalDate end, BigDecimal ceiling) {
    List<LocalDate[]> spans = new ArrayList<>();
    LocalDate from = start;
    while (!from.isAfter(end)) {
      LocalDate to = from.plusYears(1).minusDays(1);
      if (to.isAfter(end)) {
        to = end;
      }
      spans.add(new LocalDate[] {from, to});
      from = to.plusDays(1);
    }
    long total = ChronoUnit.DAYS.between(start, end) + 1;
    List<BudgetPeriod> periods = new ArrayList<>();
    BigDecimal left = ceiling;
    for (int i = 0; i < spans.size(); i++) {
      LocalDate[] s = spans.get(i);
      BigDecimal share;
      if (i == spans.size() - 1) {
        share = left;
      } else {
        long days = ChronoUnit.DAYS.between(s[0], s[1]) + 1;
        share =
            ceiling
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
      }
      left = left.subtract(share);
      periods.add(new BudgetPeriod(s[0], s[1], share.setScale(2, RoundingMode.UNNECESSARY)));
    }
    return periods;
  }

  private static String description(Agreement a, Agency donor, Agency recipient) {
    return a.title
        + ". Funding agreement "
        + a.reference
        + " from "
        + donor.officialName()
        + " to "
        + recipient.officialName()
        + ", available from "
        + a.periodStart
        + " to "
        + a.periodEnd
        + ": removal flights and the training of officers. Actual costs are reported with the"
        + " outputs they bought (people removed, officers certified); no personal data is"
        + " published.";
  }

  /** One output result per unit of output the agreement's actual costs bought. */
  private static void results(
      XMLStreamWriter x, Agreement a, List<UnitCostService.MonthlyOutput> outputs)
      throws XMLStreamException {
    for (OutputUnit unit : OutputUnit.values()) {
      List<UnitCostService.MonthlyOutput> months =
          outputs.stream().filter(o -> o.unit() == unit).toList();
      if (months.isEmpty()) {
        continue;
      }
      boolean removals = unit == OutputUnit.PEOPLE_REMOVED;
      String count = removals ? "People removed" : "Officers certified";
      String perUnit = removals ? "Cost per person removed" : "Cost per certified officer";
      x.writeStartElement("result");
      x.writeAttribute("type", "1");
      x.writeAttribute("aggregation-status", "true");
      titled(
          x,
          removals
              ? "People removed on completed removal operations, and what each removal cost"
              : "Officers certified by completed training sessions, and what each one cost");
      x.writeStartElement("indicator");
      x.writeAttribute("measure", "1");
      x.writeAttribute("ascending", "true");
      titled(x, count);
      x.writeEmptyElement("baseline");
      x.writeAttribute("year", String.valueOf(a.periodStart.getYear()));
      x.writeAttribute("value", "0");
      for (UnitCostService.MonthlyOutput m : months) {
        period(x, m, String.valueOf(m.output()));
      }
      x.writeEndElement();
      x.writeStartElement("indicator");
      x.writeAttribute("measure", "1");
      x.writeAttribute("ascending", "false");
      titled(x, perUnit + " (" + a.currency + ")");
      x.writeStartElement("description");
      narrative(
          x,
          "Actual cost of the approved payments of the month, less reversals, divided by "
              + count.toLowerCase(java.util.Locale.ROOT)
              + "; to the cent, rounded half up");
      x.writeEndElement();
      for (UnitCostService.MonthlyOutput m : months) {
        BigDecimal cost = m.perUnit();
        if (cost != null) {
          period(x, m, cost.toPlainString());
        }
      }
      x.writeEndElement();
      x.writeEndElement();
    }
  }

  private static void period(XMLStreamWriter x, UnitCostService.MonthlyOutput m, String actual)
      throws XMLStreamException {
    x.writeStartElement("period");
    empty(x, "period-start", "iso-date", m.month().atDay(1).toString());
    empty(x, "period-end", "iso-date", m.month().atEndOfMonth().toString());
    x.writeEmptyElement("actual");
    x.writeAttribute("value", actual);
    x.writeEndElement();
  }

  private static void titled(XMLStreamWriter x, String title) throws XMLStreamException {
    x.writeStartElement("title");
    narrative(x, title);
    x.writeEndElement();
  }

  private static void dateQuietly(XMLStreamWriter x, String type, LocalDate date) {
    try {
      date(x, "activity-date", type, date.toString());
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
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
