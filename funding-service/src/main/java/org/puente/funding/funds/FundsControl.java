package org.puente.funding.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.puente.common.money.Money;
import org.puente.common.problem.ProblemException;
import org.puente.funding.agreements.AgreementStatus;

/**
 * The rules of the Anti-Deficiency Act as this service applies them: no obligation on a closed
 * agreement, outside the period of availability, or above what the line has available. Returns
 * every reason at once. The database enforces the balance rule again, atomically (see {@link
 * Funds}): this class explains a refusal, the conditional update makes it impossible to overspend.
 */
public final class FundsControl {

  private FundsControl() {}

  public static List<String> obligationRefusals(
      AgreementStatus status,
      LocalDate today,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal available,
      BigDecimal amount) {
    List<String> reasons = new ArrayList<>();
    if (status != AgreementStatus.ACTIVE) {
      reasons.add("The agreement is " + status + "; it takes no new obligations");
    }
    if (today.isBefore(periodStart) || today.isAfter(periodEnd)) {
      reasons.add(
          "Today ("
              + today
              + ") is outside the period of availability, "
              + periodStart
              + " to "
              + periodEnd);
    }
    if (amount.compareTo(available) > 0) {
      reasons.add(insufficient("the budget line", available, amount));
    }
    return reasons;
  }

  public static String insufficient(String what, BigDecimal available, BigDecimal amount) {
    return "Insufficient funds on "
        + what
        + ": "
        + available.toPlainString()
        + " available, "
        + amount.toPlainString()
        + " requested";
  }

  /**
   * A money amount that moves funds: positive, in the agreement's currency. (Scale and sign are
   * also checked by bean validation on {@link Money}; zero passes that and is refused here.)
   */
  public static BigDecimal amountOf(Money money, String field, String currency) {
    if (money.amount().signum() <= 0) {
      throw ProblemException.invalid(field + ".amount", "must be greater than zero");
    }
    if (!money.currency().equals(currency)) {
      throw ProblemException.invalid(
          field + ".currency", "must be " + currency + ", the agreement's currency");
    }
    return money.amount();
  }
}
