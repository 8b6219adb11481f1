package org.puente.funding.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.puente.common.money.Money;
import org.puente.common.problem.ProblemException;
import org.puente.funding.api.AgreementStatus;

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

  /** What someone who is not a party of the agreement is told instead of its figures. */
  public static final String UNDISCLOSED =
      "The agreement's funds do not allow it; its parties can see why";

  /**
   * The reasons of a refusal for the one who asked: a party of the agreement (donor or recipient)
   * reads them, balances and periods included; anyone else reads only that it was refused.
   */
  public static List<String> disclosed(boolean party, List<String> reasons) {
    return party ? reasons : List.of(UNDISCLOSED);
  }

  /**
   * Whether a service of agency {@code service}, acting for a user of agency {@code onBehalfOf}
   * (null: for itself), may obligate on lines of an agreement whose recipient is {@code recipient}:
   * the funds of an agreement are for its recipient, and only its own people use them.
   */
  public static boolean mayUseLinesOf(String service, String onBehalfOf, String recipient) {
    return service.equals(recipient) && (onBehalfOf == null || onBehalfOf.equals(recipient));
  }

  /**
   * Why a payment cannot be reversed (empty: it can): only an approved payment, only once, never
   * for more than was paid.
   */
  public static List<String> reversalRefusals(
      boolean approved, boolean alreadyReversing, BigDecimal paid, BigDecimal amount) {
    List<String> reasons = new ArrayList<>();
    if (!approved) {
      reasons.add("Only an approved payment can be reversed");
    }
    if (alreadyReversing) {
      reasons.add("The payment is already reversed or awaiting a decision on its reversal");
    }
    if (amount.compareTo(paid) > 0) {
      reasons.add(
          "A reversal cannot exceed the payment: "
              + paid.toPlainString()
              + " was paid, "
              + amount.toPlainString()
              + " asked back");
    }
    return reasons;
  }
}
