package org.puente.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The State Department's budget work in the browser, against the demo deployments: dos-budget
 * creates an agreement and a budget line on it, re-allots the line, obligates funds on it by hand
 * and returns part of them, and requests a payment; dos-certifier, who did not request it, approves
 * it, and requests a reversal that dos-certifier-2 approves. A refused obligation (more than the
 * line has available) shows the service's reason. Pages are saved under target/screenshots/ and
 * checked with axe-core. After the other browser and scenario tests: it adds an agreement of its
 * own only.
 */
@Order(4)
class FundingPortalIT {

  @BeforeAll
  static void startStack() throws Exception {
    Stack.start();
  }

  @Test
  void aBudgetOfficerFundsAnAgreementAndACertifierApprovesThePayment() {
    String reference = "E2E-PORTAL-" + System.currentTimeMillis();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String payment;
    String reversal;
    try (Browser b = Browser.signedInAs("dos-budget")) {
      // A new agreement: every field of the API's request, the recipient chosen from its agencies.
      b.open("/portal/funding");
      b.click("#new-agreement-link");
      b.find("#agr-reference").sendKeys(reference);
      b.find("#agr-title").sendKeys("Charter flights, portal test");
      new Select(b.find("#agr-recipient")).selectByValue("PA-SNM");
      b.find("#agr-account").sendKeys("019-X-1143-000");
      b.find("#agr-ceiling").sendKeys("100000.00");
      date(b, "#agr-start", today.minusDays(30));
      date(b, "#agr-end", today.plusYears(1));
      b.screenshot("funding-agreement-new").accessible("funding-agreement-new");
      b.click("#agreement-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The agreement was created"));
      assertTrue(b.find("h1").getText().contains(reference));
      assertTrue(b.has("#iati-link[download]"), "the IATI export as a download");

      // A line on it.
      new Select(b.find("#line-category")).selectByValue("CHARTER_FLIGHTS");
      b.find("#line-description").sendKeys("Charters to Colombia");
      b.find("#line-allotted").sendKeys("20000.00");
      b.screenshot("funding-agreement").accessible("funding-agreement");
      b.click("#line-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The budget line was added"));
      assertTrue(b.find("#line-allotted").getText().contains("20,000.00"));

      // Re-allotted (If-Match: the version the page was drawn with).
      b.find("#reallot-amount").clear();
      b.find("#reallot-amount").sendKeys("25000.00");
      b.click("#reallot-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The allotment was changed"));
      assertTrue(b.find("#line-available").getText().contains("25,000.00"));
      String line = path(b);

      // More than the line has: refused with the service's reason, on the line's page again, with
      // everything typed kept; nothing obligated.
      obligate(b, "99999.00", "Charter PTY-BOG");
      assertEquals(409, b.status(), b.text());
      assertTrue(
          b.find("#problem").getText().contains("25000.00 available, 99999.00 requested"),
          b.find("#problem").getText());
      assertEquals(line, path(b).replaceFirst("/obligations$", ""), "the line's page");
      assertEquals("99999.00", b.find("#obl-amount").getAttribute("value"));
      assertEquals("Charter PTY-BOG", b.find("#obl-purpose").getAttribute("value"));
      assertEquals(
          "removal-operation",
          new Select(b.find("#obl-kind")).getFirstSelectedOption().getAttribute("value"));
      assertEquals("E2E-42", b.find("#obl-ref").getAttribute("value"));
      assertTrue(b.find("#line-available").getText().contains("25,000.00"), "nothing obligated");
      b.screenshot("funding-obligation-refused").accessible("funding-obligation-refused");

      // Corrected and sent again: obligated by hand, for a removal operation.
      b.find("#obl-amount").clear();
      b.find("#obl-amount").sendKeys("5000.00");
      b.click("#obligate-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The funds were obligated"));
      assertTrue(b.find("#line-available").getText().contains("20,000.00"));
      b.screenshot("funding-line").accessible("funding-line");

      // Part of it goes back to the line, with the API's reason code.
      b.click("#line-obligations a[id^='obligation-link-']");
      b.find("#deob-amount").sendKeys("1000.00");
      new Select(b.find("#deob-reason")).selectByValue("COST_CHANGED");
      b.click("#deobligate-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The funds went back to the line"));
      assertTrue(b.find("#obligation-deobligated").getText().contains("1,000.00"));
      assertTrue(b.find("#obligation-remainder").getText().contains("4,000.00"));
      b.screenshot("funding-obligation").accessible("funding-obligation");

      // A payment from it, the obligation chosen from the API's.
      b.click("#request-payment-link");
      new Select(b.find("#pay-kind")).selectByValue("EXPENDITURE");
      b.find("#pay-amount").sendKeys("2500.00");
      b.find("#pay-description").sendKeys("Invoice E2E-1, charter PTY-BOG");
      b.find("#pay-quantity").sendKeys("12");
      new Select(b.find("#pay-unit")).selectByValue("PEOPLE_REMOVED");
      b.screenshot("funding-payment-new").accessible("funding-payment-new");
      b.click("#payment-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The payment was requested"));
      assertFalse(b.has("#approve-form"), "a budget officer does not certify");
      payment = path(b);
    }

    // A certifier other than the requester approves it.
    try (Browser b = Browser.signedInAs("dos-certifier")) {
      b.open(payment);
      assertEquals("Awaiting a decision", b.find("#payment-status").getText());
      b.screenshot("funding-payment-decide").accessible("funding-payment-decide");
      b.click("#approve-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The payment was approved"));
      b.open(payment);
      assertEquals("Approved", b.find("#payment-status").getText());

      // The certifier asks for part of it back; another certifier decides.
      new Select(b.find("#rev-kind")).selectByValue("REFUND");
      new Select(b.find("#rev-code")).selectByValue("OVERPAYMENT");
      b.find("#rev-reason").sendKeys("Two seats were billed twice");
      b.find("#rev-amount").sendKeys("300.00");
      b.click("#reversal-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The reversal was requested"));
      assertTrue(b.has("#own-request"), "the requester does not decide it");
      assertFalse(b.has("#approve-form"));
      reversal = path(b);
    }
    try (Browser b = Browser.signedInAs("dos-certifier-2")) {
      b.open("/portal/funding");
      b.find("#reversal-number").sendKeys(reversal.replaceAll(".*/", ""));
      b.click("#find-reversal button");
      assertEquals("Awaiting a decision", b.find("#reversal-status").getText());
      b.screenshot("funding-reversal").accessible("funding-reversal");
      b.click("#approve-form button");
      assertEquals(200, b.status(), b.text());
      assertTrue(b.find("#notice").getText().contains("The reversal was approved"));
      assertEquals("Approved", b.find("#reversal-status").getText());
    }
  }

  /** The path of the page shown, without its notice. */
  private static String path(Browser b) {
    return b.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
  }

  private static void obligate(Browser b, String amount, String purpose) {
    b.find("#obl-amount").clear();
    b.find("#obl-amount").sendKeys(amount);
    b.find("#obl-purpose").clear();
    b.find("#obl-purpose").sendKeys(purpose);
    new Select(b.find("#obl-kind")).selectByValue("removal-operation");
    b.find("#obl-ref").clear();
    b.find("#obl-ref").sendKeys("E2E-42");
    b.click("#obligate-form button");
  }

  /**
   * A date input's value, as the browser would send it (typing depends on the browser's locale).
   */
  private static void date(Browser b, String css, LocalDate value) {
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].value = arguments[1]", b.find(css), value.toString());
  }
}
