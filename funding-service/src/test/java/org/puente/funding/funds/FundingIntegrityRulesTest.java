package org.puente.funding.funds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may use an agreement's lines, who reads a refusal's figures, when a payment is reversed. */
class FundingIntegrityRulesTest {

  private static final List<String> FIGURES =
      List.of("Insufficient funds on the budget line: 1234.00 available, 2000.00 requested");

  @Test
  void aPartyReadsTheReasonsWithTheirFigures() {
    assertEquals(FIGURES, FundsControl.disclosed(true, FIGURES));
  }

  @Test
  void anyoneElseReadsOnlyThatItWasRefused() {
    List<String> told = FundsControl.disclosed(false, FIGURES);
    assertEquals(List.of(FundsControl.UNDISCLOSED), told);
    assertFalse(told.toString().contains("1234"));
  }

  @Test
  void aServiceUsesTheLinesOfAgreementsWhoseRecipientIsItsAgency() {
    assertTrue(FundsControl.mayUseLinesOf("PA-SNM", null, "PA-SNM"));
    assertTrue(FundsControl.mayUseLinesOf("PA-SNM", "PA-SNM", "PA-SNM"));
  }

  @Test
  void aServiceOfAnotherAgencyDoesNot() {
    assertFalse(FundsControl.mayUseLinesOf("US-DHS", null, "PA-SNM"));
    // Being the donor is not enough: the funds are for the recipient.
    assertFalse(FundsControl.mayUseLinesOf("US-DOS", null, "PA-SNM"));
  }

  @Test
  void norDoesOneActingForAUserOfAnotherAgency() {
    assertFalse(FundsControl.mayUseLinesOf("PA-SNM", "US-DHS", "PA-SNM"));
    assertFalse(FundsControl.mayUseLinesOf("US-DHS", "PA-SNM", "PA-SNM"));
  }

  private static List<String> reversal(
      boolean approved, boolean reversing, String paid, String asked) {
    return FundsControl.reversalRefusals(
        approved, reversing, new BigDecimal(paid), new BigDecimal(asked));
  }

  @Test
  void anApprovedPaymentIsReversedUpToWhatWasPaid() {
    assertTrue(reversal(true, false, "100.00", "100.00").isEmpty());
    assertTrue(reversal(true, false, "100.00", "0.01").isEmpty());
  }

  @Test
  void aPaymentIsReversedOnlyOnceOnlyIfApprovedNeverForMore() {
    assertEquals(
        List.of("Only an approved payment can be reversed"),
        reversal(false, false, "100.00", "1.00"));
    assertEquals(
        List.of("The payment is already reversed or awaiting a decision on its reversal"),
        reversal(true, true, "100.00", "1.00"));
    assertEquals(
        List.of("A reversal cannot exceed the payment: 100.00 was paid, 100.01 asked back"),
        reversal(true, false, "100.00", "100.01"));
    assertEquals(3, reversal(false, true, "1.00", "2.00").size());
  }
}
