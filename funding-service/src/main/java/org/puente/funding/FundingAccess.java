package org.puente.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.funds.FundsControl;
import org.puente.funding.lines.BudgetLine;
import org.puente.funding.obligations.Obligation;

/**
 * The access rules of funding (docs/access-rules.md): the donor and the recipient of an agreement
 * read it; only the donor's funding officer writes; a disbursement is approved or rejected by a
 * certifying officer of the donor who did not request it (four eyes).
 */
@ApplicationScoped
public class FundingAccess {

  private final FundingConfig config;

  FundingAccess(FundingConfig config) {
    this.config = config;
  }

  /**
   * Parties read their agreements. A Puente service with funding rights reaches the lines it may
   * obligate on; the endpoints open to services (obligate, read back, de-obligate and request
   * payment of its own obligations) are all it can use that for.
   */
  public boolean maySee(Caller caller, Agreement agreement) {
    if (caller.isService()) {
      return config.grantOf(caller).isPresent();
    }
    return isParty(caller, agreement);
  }

  /** An obligation: a party sees it; a service sees only those it asked for. */
  public boolean maySee(Caller caller, Obligation obligation) {
    if (caller.isService()) {
      return caller.username().equals(obligation.createdBy);
    }
    return maySee(caller, obligation.line.agreement);
  }

  /**
   * Who may obligate: the donor's funding officer, or a Puente service for its own kind of
   * reference on a line of a category that kind may use (an operation on a charter line, a training
   * session on a training line), of an agreement whose recipient is the service's own agency, for a
   * user of that same agency ({@code onBehalfOf}, the agency of the user whose act asked for the
   * funds, when the service names one).
   */
  public void requireMayObligate(
      Caller caller, Agreement agreement, BudgetLine line, String reference, String onBehalfOf) {
    if (!caller.isService()) {
      requireDonorFundingOfficer(caller, agreement);
      return;
    }
    FundingConfig.ServiceGrant grant = config.grantOf(caller).orElse(null);
    if (grant == null || !reference.startsWith(grant.reference() + ":")) {
      throw ProblemException.forbidden(
          "This service may not obligate funds for " + reference.split(":")[0]);
    }
    String own = caller.agency().code();
    if (!FundsControl.mayUseLinesOf(own, onBehalfOf, agreement.recipientAgency)) {
      throw ProblemException.forbidden(
          "A service of "
              + own
              + (onBehalfOf == null ? "" : ", for a user of " + onBehalfOf + ",")
              + " obligates only on lines of agreements whose recipient is "
              + (onBehalfOf == null ? own : onBehalfOf));
    }
    if (!grant.categories().contains(line.category)) {
      throw ProblemException.forbidden(
          "A " + grant.reference() + " cannot be paid from a " + line.category + " line");
    }
  }

  /** The donor and the recipient: the only parties that read an agreement's balances. */
  public static boolean isParty(Caller caller, Agreement agreement) {
    String agency = caller.agency().code();
    return agency.equals(agreement.donorAgency) || agency.equals(agreement.recipientAgency);
  }

  /**
   * A 409 for a refusal of funds control: with its reasons (balances, periods) for a party of the
   * agreement, with a generic detail for anyone else.
   */
  public static ProblemException fundsRefusal(
      Caller caller, Agreement agreement, String title, List<String> reasons) {
    return ProblemException.conflict(
        title, FundsControl.disclosed(isParty(caller, agreement), reasons));
  }

  /** De-obligating: the donor's funding officer, or the service that asked for the obligation. */
  public void requireMayDeobligate(Caller caller, Obligation obligation) {
    if (caller.isService() && caller.username().equals(obligation.createdBy)) {
      return;
    }
    requireDonorFundingOfficer(caller, obligation.line.agreement);
  }

  public void requireDonorFundingOfficer(Caller caller, Agreement agreement) {
    if (!caller.hasRole(Roles.FUNDING_OFFICER)
        || !caller.agency().code().equals(agreement.donorAgency)) {
      throw ProblemException.forbidden(
          "Only a funding officer of " + agreement.donorAgency + " (the donor) may do this");
    }
  }

  /** The donor's or the recipient's funding officer asks for a payment. */
  public void requirePartyFundingOfficer(Caller caller, Obligation obligation) {
    if (caller.isService() && caller.username().equals(obligation.createdBy)) {
      return; // the service reports the actual cost of what it asked funds for
    }
    Agreement agreement = obligation.line.agreement;
    if (!caller.hasRole(Roles.FUNDING_OFFICER) || !maySee(caller, agreement)) {
      throw ProblemException.forbidden(
          "Only a funding officer of the donor or the recipient may request a payment");
    }
  }

  /** A certifying officer of the donor who is not the requester: the second pair of eyes. */
  public void requireSecondCertifier(Caller caller, Agreement agreement, String requestedBy) {
    requireSecondCertifier(caller, agreement, requestedBy, "a payment");
  }

  /** The second pair of eyes on {@code what} (a payment, a reversal). */
  public void requireSecondCertifier(
      Caller caller, Agreement agreement, String requestedBy, String what) {
    if (!caller.hasRole(Roles.CERTIFYING_OFFICER)
        || !caller.agency().code().equals(agreement.donorAgency)) {
      throw ProblemException.forbidden(
          "Only a certifying officer of " + agreement.donorAgency + " (the donor) may decide");
    }
    if (caller.username().equals(requestedBy)) {
      throw ProblemException.forbidden(
          "The requester of " + what + " cannot decide on it; another certifying officer must");
    }
  }

  /** A reversal of a payment is asked by the donor's funding or certifying officer. */
  public void requireDonorOfficer(Caller caller, Agreement agreement) {
    if ((!caller.hasRole(Roles.FUNDING_OFFICER) && !caller.hasRole(Roles.CERTIFYING_OFFICER))
        || !caller.agency().code().equals(agreement.donorAgency)) {
      throw ProblemException.forbidden(
          "Only a funding or certifying officer of "
              + agreement.donorAgency
              + " (the donor) may ask to reverse a payment");
    }
  }
}
